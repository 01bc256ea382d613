import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { OutboxStore } from './outbox-store';
import { resume } from './outbox-transitions';

/**
 * On start-up, items left `sending` were cut off by a crash or a power cut while their request may
 * have been on its way. Those whose result reached history had in fact finished → `created`; the
 * rest → `unknown` (reconciled by look-up where possible, else the user decides). Never re-sent.
 */
export async function resumeOutbox(outbox: OutboxStore, history: Pick<LinkHistory, 'get'>, clock: Clock): Promise<{ created: number; unknown: number }> {
  const cutOff = outbox.list().filter((item) => item.state === 'sending');
  let created = 0;
  const at = clock.now().toISOString();
  for (const item of cutOff) {
    const finished = item.job.kind !== 'send' && history.get(item.id) !== undefined;
    if (finished) created += 1;
    await outbox.update(item.id, (current) => resume(current, finished, at));
  }
  return { created, unknown: cutOff.length - created };
}
