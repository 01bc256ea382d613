import type { CreateLinkRequest } from '@shared/domain/link';
import { editableOutboxStates, type OutboxItem, type UnknownDecision } from '@shared/domain/outbox-item';
import { issuesToError } from '@shared/domain/validation';
import { AppFailure } from '@shared/result';
import { cancel, edit, resolve, settledOutboxStates } from './outbox-transitions';
import type { OutboxJobDeps, OutboxJobs } from './outbox-jobs';
import { createdLinkRecord, reminderDroppedEvent, reminderEvent, sendEvent, servicePaymentRecord, withEvent } from '@shared/domain/link-records';
import type { ProviderRegistry } from '../providers/registry';
import type { AccountsStore } from '../store/accounts-store';
import { linkRequestIssues } from '@shared/rules/link-rules';

/** Settled items stay on the outbox screen this long (then only in history). */
const RECENT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * What the user does on the outbox screen: send now, edit, cancel, decide on an `unknown` item,
 * clear settled ones. Every change is conditional on the item's latest state (atomic in the store).
 */
export interface OutboxActionDeps extends OutboxJobDeps {
  jobs: OutboxJobs;
  accounts: AccountsStore;
  registry: ProviderRegistry;
  /** Wakes the outbox worker (something was queued). */
  kick: () => void;
  /** The shop's queue, for items this counter took from it: the owner's decision on one is the shop's. */
  shop?: { resolve(id: string, decision: UnknownDecision): Promise<OutboxItem> };
}

export class OutboxActions {
  constructor(private readonly deps: OutboxActionDeps) {}

  /** Unsettled items and recently settled ones, newest first. */
  list(): OutboxItem[] {
    const cutoff = this.deps.clock.now().getTime() - RECENT_MS;
    return this.deps.outbox
      .list()
      .filter((i) => !settledOutboxStates.includes(i.state) || Date.parse(i.updatedAt) >= cutoff)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  /** Tries a waiting or failed item at once (the user's request also probes a provider that looked down). */
  async sendNow(id: string): Promise<OutboxItem> {
    await this.deps.jobs.landed(id);
    const item = this.require(id);
    if (item.state === 'unknown') throw AppFailure.of('conflict', 'Decide first whether this was created (it may have reached the provider)');
    if (!editableOutboxStates.includes(item.state)) throw AppFailure.of('conflict', `This item is ${item.state}`);
    const claimed = await this.deps.jobs.claim(id, editableOutboxStates);
    if (!claimed) return this.require(id);
    this.deps.gates.unpause(claimed.provider);
    const attempt = await this.deps.jobs.run(claimed);
    this.deps.kick();
    return attempt.item;
  }

  /** Replaces the request of a link that has not reached the provider; it goes out again by itself. */
  async edit(id: string, request: CreateLinkRequest): Promise<OutboxItem> {
    await this.deps.jobs.landed(id);
    const item = this.require(id);
    if (request.reference !== id) throw AppFailure.of('invalid-input', 'The reference cannot change', { field: 'request.reference' });
    if (item.job.kind !== 'create-link') throw AppFailure.of('unsupported', 'Only link requests can be edited');
    const account = this.deps.accounts.require(item.accountId);
    const adapter = this.deps.registry.get(account.provider);
    if (!adapter) throw AppFailure.of('unsupported', 'This provider is not supported in this build');
    const invalid = issuesToError(linkRequestIssues(account.provider, adapter.capabilities, request, this.deps.clock.now()));
    if (invalid) throw new AppFailure(invalid);
    const at = this.deps.clock.now().toISOString();
    const edited = await this.deps.outbox.update(id, (current) => edit(current, request, at));
    this.deps.kick();
    return edited;
  }

  async cancel(id: string): Promise<OutboxItem> {
    await this.deps.jobs.landed(id);
    this.require(id);
    const at = this.deps.clock.now().toISOString();
    const cancelled = await this.deps.outbox.update(id, (current) => cancel(current, at));
    // A reminder the owner dropped says so on its link's timeline.
    if (cancelled.job.kind === 'remind') {
      await this.deps.history
        .update(cancelled.job.reference, (r) => withEvent(r, reminderDroppedEvent('owner', at)))
        .catch((error: unknown) => this.deps.logger.log('warn', 'reminders.timeline-failed', { id, error: String(error).slice(0, 200) }));
    }
    return cancelled;
  }

  /**
   * The user's decision on an `unknown` item: `was-created` records it in history (status
   * unknown, no URL, a timeline note) and settles it; `create-again` queues it again (the UI has
   * shown the warning that the customer may get two links).
   */
  async resolve(id: string, decision: UnknownDecision): Promise<OutboxItem> {
    await this.deps.jobs.landed(id);
    const item = this.require(id);
    if (item.state !== 'unknown') throw AppFailure.of('conflict', `This item is ${item.state}, not unknown`);
    // Taken from the shop's queue: decided there (once for every counter), then followed here.
    if (item.shop && this.deps.shop) return this.deps.shop.resolve(id, decision);
    const at = this.deps.clock.now().toISOString();
    if (decision === 'was-created') await this.recordConfirmed(item, at);
    const resolved = await this.deps.outbox.update(id, (current) => resolve(current, decision, at));
    if (decision === 'create-again') this.deps.kick();
    return resolved;
  }

  /**
   * What follows here once the shop settled an `unknown` item: `was-created` records it in history
   * (if no counter did) and settles this counter's copy; `create-again` lets go of this counter's
   * copy, so the item may be claimed here again. Answers the copy (or the shop's item when this
   * counter has none).
   */
  async settleShared(item: OutboxItem, decision: UnknownDecision): Promise<OutboxItem> {
    const at = this.deps.clock.now().toISOString();
    const local = this.deps.outbox.get(item.id);
    if (decision === 'was-created') await this.recordConfirmed(local ?? item, at);
    if (!local || local.state !== 'unknown') return local ?? { ...item, state: decision === 'was-created' ? 'created' : 'queued', updatedAt: at };
    return this.deps.outbox.update(item.id, (current) => (decision === 'was-created' ? resolve(current, decision, at) : cancel(current, at)));
  }

  async clearSettled(): Promise<number> {
    return this.deps.outbox.removeWhere((i) => settledOutboxStates.includes(i.state));
  }

  private async recordConfirmed(item: OutboxItem, at: string): Promise<void> {
    const { history } = this.deps;
    const job = item.job;
    if (job.kind === 'send') {
      const event = sendEvent(job.channel, job.to, at, undefined, 'user-confirmed');
      await history.update(job.reference, (r) => withEvent(r, event));
      return;
    }
    if (job.kind === 'remind') {
      await history.update(job.reference, (r) => withEvent(r, reminderEvent(job.channel, job.to, at)));
      return;
    }
    if (history.get(item.id)) return;
    const account = this.deps.accounts.get(item.accountId);
    if (!account) throw AppFailure.of('not-found', 'The account of this item was removed');
    if (job.kind === 'service-pay') {
      await history.append(
        servicePaymentRecord({ account, reference: item.id, serviceId: job.serviceId, amount: job.amount, payment: undefined, at, note: 'user-confirmed' }),
      );
      return;
    }
    const capabilities = this.deps.registry.get(account.provider)?.capabilities;
    if (!capabilities) throw AppFailure.of('unsupported', 'This provider is not supported in this build');
    await history.append(
      createdLinkRecord({ account, capabilities, request: job.request, created: { providerRefs: {} }, at, status: 'unknown', note: 'user-confirmed', providerActed: false }),
    );
  }

  private mustBeEditable(item: OutboxItem): void {
    if (!editableOutboxStates.includes(item.state)) {
      throw AppFailure.of('conflict', `This item is ${item.state}: it can no longer be changed`);
    }
  }

  private require(id: string): OutboxItem {
    const item = this.deps.outbox.get(id);
    if (!item) throw AppFailure.of('not-found', 'No such outbox item');
    return item;
  }
}
