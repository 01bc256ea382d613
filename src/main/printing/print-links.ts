import type { LinkRecord, TimelineEvent } from '../../shared/domain/link-record';
import type { Clock } from '../clock';
import type { PrintLinks } from '../handlers/print-handlers';

/** The timeline holds at most 500 events (schema); the oldest after the first (created) make room. */
const TIMELINE_MAX = 500;

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
      await history.update(reference, (record) => {
        const timeline: TimelineEvent[] = [...record.timeline, { ...event, at }];
        while (timeline.length > TIMELINE_MAX) timeline.splice(1, 1);
        return { ...record, timeline, updatedAt: at };
      });
    },
  };
}
