import { withEvent } from '@shared/domain/link-records';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { OutboxActions } from '../outbox/outbox-actions';
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
  actions: Pick<OutboxActions, 'settleShared'>;
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
        const local = deps.outbox.get(item.id);
        if (local?.state === 'created') return local;
        // Let go of here before (the provider was down or refused, or the owner chose to make it
        // again): nothing of it is in flight, so this counter may take it up again.
        if (local?.state !== 'cancelled' || !local.shop) return { ...item, state: 'unknown' };
        claimed = await deps.outbox.update(item.id, () => ({ ...rest, state: 'sending', attempts: item.attempts + 1, updatedAt: now(), shop: { fence } }));
      }
      const attempt = await deps.jobs.run(claimed);
      if (attempt.item.state === 'retry-wait' || attempt.item.state === 'failed') {
        // The shop keeps the item (queued again, or failed for its owner); this counter's copy is done with.
        await deps.outbox.update(item.id, (current) => cancel(current, now())).catch(() => undefined);
      }
      return attempt.item;
    },
    settleResolved: (item, decision) => deps.actions.settleShared(item, decision),
    async lostClaim(item) {
      const reference = item.job.kind === 'create-link' ? item.job.request.reference : item.job.reference;
      if (!deps.history.get(reference)) return;
      const event = { at: now(), kind: 'shop-conflict' as const, outcome: 'failed' as const, detail: item.state };
      await deps.history.update(reference, (record) => withEvent(record, event)).catch(() => undefined);
    },
  };
}
