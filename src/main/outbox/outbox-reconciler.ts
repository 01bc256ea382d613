import type { OutboxItem } from '@shared/domain/outbox-item';
import { isTrustedLinkUrl } from '@shared/domain/link-url';
import { backoffMs } from '../providers/provider-health';
import type { AccountContexts } from '../accounts/account-context';
import { asAppError } from './attempt-verdict';
import type { OutboxJobDeps } from './outbox-jobs';
import { reconcile } from './outbox-transitions';
import { createdLinkRecord } from '@shared/domain/link-records';

/**
 * Settles `unknown` link requests by asking the provider for our own reference, where it can look
 * one up (capability `lookupByReference`: Paynet's detail by reference_no). Found → recorded in
 * history (with the URL when the look-up tells it) and `created`; not found twice, `absentRecheckMs`
 * apart → nothing was made, so sending it again is safe → `queued` (a first "not found" right after
 * a lost create may be the provider's lag). A failed look-up is tried again later, with backoff.
 */
export class OutboxReconciler {
  private tries = new Map<string, { failures: number; nextAt: number }>();
  /** When a look-up first found nothing, per item (kept in memory: after a restart it looks twice again). */
  private absentSince = new Map<string, number>();

  constructor(private readonly deps: OutboxJobDeps & { contexts: AccountContexts }) {}

  /** Whether this item can be settled by a look-up at all (otherwise the user decides). */
  canReconcile(item: OutboxItem, lookupByReference: boolean): boolean {
    return item.state === 'unknown' && item.job.kind === 'create-link' && lookupByReference;
  }

  /** When the next look-up for this item may run (0 = now). */
  nextAt(id: string): number {
    return this.tries.get(id)?.nextAt ?? 0;
  }

  /** One look-up; never throws for provider trouble (the item waits for the next try). */
  async reconcile(item: OutboxItem): Promise<'created' | 'queued' | 'waiting'> {
    if (item.job.kind !== 'create-link') return 'waiting';
    const request = item.job.request;
    const { gates, clock, outbox, history, contacts, logger } = this.deps;
    try {
      const { provider, account } = await this.deps.contexts.open(item.accountId);
      if (!provider.lookup) return this.later(item.id);
      const found = await provider.lookup({ reference: item.id, providerRefs: {}, createdAt: item.createdAt });
      gates.observe(item.provider, found.ok ? undefined : found.error, clock.now().getTime());
      if (!found.ok) return this.later(item.id);
      const at = clock.now().toISOString();
      if (found.value === null && !this.absentLongEnough(item.id)) return 'waiting';
      if (found.value === null) {
        await outbox.update(item.id, (current) => reconcile(current, false, at));
        this.tries.delete(item.id);
        return 'queued';
      }
      const snapshot = found.value;
      const providerRefs = snapshot.providerRefs ?? {};
      const record = createdLinkRecord({
        account,
        capabilities: provider.capabilities,
        request,
        // A URL outside the account's own domain is not kept: the link is recorded without one.
        created: { ...(snapshot.url && isTrustedLinkUrl(snapshot.url, account) ? { url: snapshot.url } : {}), providerRefs },
        at,
        status: snapshot.status,
        note: 'found-after-lost-answer',
      });
      if (!history.get(item.id)) await history.append(record);
      await outbox.update(item.id, (current) => reconcile(current, true, at));
      this.tries.delete(item.id);
      this.absentSince.delete(item.id);
      await contacts.remember(request.customer).catch((e: unknown) => logger.log('warn', 'links.contact-failed', asAppError(e)));
      return 'created';
    } catch (error) {
      logger.log('warn', 'outbox.reconcile-failed', { id: item.id, error: asAppError(error) });
      return this.later(item.id);
    }
  }

  /** Notes a "not found"; true once one was seen at least absentRecheckMs ago (then it is believed). */
  private absentLongEnough(id: string): boolean {
    const now = this.deps.clock.now().getTime();
    const first = this.absentSince.get(id);
    if (first !== undefined && now - first >= this.deps.policy.absentRecheckMs) {
      this.absentSince.delete(id);
      return true;
    }
    if (first === undefined) this.absentSince.set(id, now);
    this.tries.set(id, { failures: this.tries.get(id)?.failures ?? 0, nextAt: (first ?? now) + this.deps.policy.absentRecheckMs });
    return false;
  }

  private later(id: string): 'waiting' {
    const failures = (this.tries.get(id)?.failures ?? 0) + 1;
    const wait = backoffMs(failures, this.deps.policy, this.deps.policy.reconcileBaseMs);
    this.tries.set(id, { failures, nextAt: this.deps.clock.now().getTime() + wait });
    return 'waiting';
  }
}
