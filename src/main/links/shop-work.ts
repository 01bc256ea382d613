import { withEvent } from '@shared/domain/link-records';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { OutboxJobs } from '../outbox/outbox-jobs';
import type { OutboxStore } from '../outbox/outbox-store';
import { cancel } from '../outbox/outbox-transitions';
import type { ShopQueueWork } from '../shop/shop-queue';

export interface ShopWorkDeps {
  outbox: OutboxStore;
  jobs: OutboxJobs;
  history: LinkHistory;
  clock: Clock;
  /** Account ids whose keys this computer holds. */
  sendableAccounts: () => Promise<string[]>;
}

/**
 * Runs items claimed from the shop's queue through this counter's outbox, so a crash mid-request
 * settles them as any other (`sending` + no record → `unknown`, never sent again). The local copy
 * carries its fence, and the local worker leaves it alone: only the shop queue moves it.
 */
export function shopQueueWork(deps: ShopWorkDeps): ShopQueueWork {
  const now = () => deps.clock.now().toISOString();
  return {
    sendableAccounts: deps.sendableAccounts,
    async perform(item, fence) {
      // Made already (another counter's record reached this one): never a second request.
      if (deps.history.get(item.id)) return { ...item, state: 'created' };
      const { nextAttemptAt: _wait, lastError: _error, ...rest } = item;
      let claimed: OutboxItem;
      try {
        claimed = await deps.outbox.insert({ ...rest, state: 'sending', attempts: item.attempts + 1, updatedAt: now(), shop: { fence } });
      } catch (error) {
        if (!(error instanceof AppFailure && error.error.code === 'conflict')) return { ...item, state: 'queued' };
        // This counter holds the reference already: whatever happened to it here, not again.
        const local = deps.outbox.get(item.id);
        return local?.state === 'created' ? local : { ...item, state: 'unknown' };
      }
      const attempt = await deps.jobs.run(claimed);
      if (attempt.item.state === 'retry-wait' || attempt.item.state === 'failed') {
        // The shop keeps the item (queued again, or failed for its owner); this counter's copy is done with.
        await deps.outbox.update(item.id, (current) => cancel(current, now())).catch(() => undefined);
      }
      return attempt.item;
    },
    async lostClaim(item) {
      const reference = item.job.kind === 'create-link' ? item.job.request.reference : item.job.reference;
      if (!deps.history.get(reference)) return;
      const event = { at: now(), kind: 'shop-conflict' as const, outcome: 'failed' as const, detail: item.state };
      await deps.history.update(reference, (record) => withEvent(record, event)).catch(() => undefined);
    },
  };
}
