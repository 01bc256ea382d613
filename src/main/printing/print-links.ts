import { userText } from '@shared/i18n/user-text';
import type { LinkRecord, TimelineEvent } from '@shared/domain/link-record';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import { withEvent } from '@shared/domain/link-records';

/** The history a print needs: the link, and its timeline to note what was printed. */
export interface PrintLinks {
  get(reference: string): LinkRecord | undefined;
  note(reference: string, event: Omit<TimelineEvent, 'at'>): Promise<void>;
}

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

/** A slip or a display needs the link and its URL (a link whose answer was lost has none). */
export function printableLink(links: PrintLinks, reference: string): LinkRecord & { url: string } {
  const record = links.get(reference);
  if (!record) throw AppFailure.of('not-found', 'No such link in history');
  if (!record.url) {
    throw AppFailure.of('not-found', 'This link has no address to print', {
      userText: userText('answer.print.noAddress'),
    });
  }
  return record as LinkRecord & { url: string };
}
