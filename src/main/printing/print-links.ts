import type { LinkRecord } from '../../shared/domain/link-record';
import type { Clock } from '../clock';
import type { PrintLinks } from '../handlers/print-handlers';
import { withEvent } from '../links/link-records';

/** Printing's view of history: read a link, add what was printed or shown to its timeline. */
export function historyPrintLinks(
  history: {
    get(reference: string): LinkRecord | undefined;
    update(reference: string, change: (record: LinkRecord) => LinkRecord): Promise<LinkRecord>;
  },
  clock: Clock,
): PrintLinks {
  return {
    get: (reference) => history.get(reference),
    async note(reference, event) {
      const at = clock.now().toISOString();
      await history.update(reference, (record) => withEvent(record, { ...event, at }));
    },
  };
}
