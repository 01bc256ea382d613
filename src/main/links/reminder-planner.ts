import type { LinkRecord, SendChannel } from '@shared/domain/link-record';
import { reminderDropReason, reminderDroppedEvent, withEvent } from '@shared/domain/link-records';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { lastSendToCustomer, reminderDueAt, reminderRoute, type ReminderRules, type ReminderTrigger } from '@shared/domain/reminder';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { Logger } from '../log/logger';
import type { OutboxStore } from '../outbox/outbox-store';
import { cancel } from '../outbox/outbox-transitions';
import type { ProviderRegistry } from '../providers/registry';
import type { AccountsStore } from '../store/accounts-store';

export interface ReminderPlannerDeps {
  outbox: OutboxStore;
  history: LinkHistory;
  accounts: AccountsStore;
  registry: ProviderRegistry;
  clock: Clock;
  logger: Logger;
  /** The shop's defaults from Settings (both off unless the owner turned them on). */
  rules: () => ReminderRules;
  /** Wakes the outbox worker (a reminder was planned). */
  kick: () => void;
}

/** Reminders still to come: waiting for their time, or for the owner to press send. */
const upcoming: readonly OutboxItem['state'][] = ['queued', 'due'];

/**
 * Plans reminders as outbox items (`<reference>-remind-<n>`, due at `nextAttemptAt`), so they
 * survive restarts and go once like every other request; drops them when the link stops being
 * payable. The outbox worker sends them (PayTR SMS / e-mail) or marks them due for the owner.
 */
export class ReminderPlanner {
  constructor(private readonly deps: ReminderPlannerDeps) {}

  /** After the link reached the customer by `channel`: the shop's default reminders, by the same route. */
  async afterSend(reference: string, channel: SendChannel, to: string | undefined): Promise<void> {
    const rules = this.deps.rules();
    const triggers: Array<[ReminderTrigger, number | undefined]> = [
      ['before-expiry', rules.beforeExpiryHours],
      ['after-send', rules.afterSendHours],
    ];
    for (const [trigger, hours] of triggers) {
      if (hours === undefined || this.planned(reference, trigger)) continue;
      await this.plan(reference, trigger, hours, { channel, to }).catch((error: unknown) => {
        // A link that cannot be reminded (no expiry, too late) is not an error of the send.
        if (!(error instanceof AppFailure)) throw error;
      });
    }
  }

  /** The owner's own reminder for one link, by the route of its latest send. */
  async schedule(reference: string, trigger: ReminderTrigger, hours: number): Promise<OutboxItem> {
    const record = this.requireActive(reference);
    // At most one upcoming reminder per kind and link: provider SMS costs the shop money.
    if (this.planned(reference, trigger)) throw AppFailure.of('conflict', 'This reminder is already planned for this link', { field: 'trigger' });
    const sent = lastSendToCustomer(record.timeline);
    if (!sent) throw AppFailure.of('conflict', 'The link was not sent to the customer yet: there is no channel to remind by', { field: 'reference' });
    return this.plan(reference, trigger, hours, { channel: sent.channel, to: sent.detail?.split(' ')[0] }, Date.parse(sent.at));
  }

  /** Drops the reminders of links that are no longer payable (paid, expired, cancelled), with a timeline note. */
  async dropStale(references: readonly string[]): Promise<void> {
    for (const reference of references) {
      const record = this.deps.history.get(reference);
      if (!record || record.status === 'active' || record.status === 'unknown') continue;
      const stale = this.upcomingOf(reference);
      if (stale.length === 0) continue;
      const at = this.deps.clock.now().toISOString();
      for (const item of stale) {
        await this.deps.outbox.update(item.id, (current) => cancel(current, at)).catch(() => undefined);
      }
      await this.deps.history.update(reference, (r) => withEvent(r, reminderDroppedEvent(reminderDropReason(record), at)));
    }
  }

  private async plan(reference: string, trigger: ReminderTrigger, hours: number, sent: { channel: SendChannel; to: string | undefined }, sentAt?: number): Promise<OutboxItem> {
    const record = this.requireActive(reference);
    const account = this.deps.accounts.get(record.accountId);
    const caps = account && this.deps.registry.get(account.provider)?.capabilities;
    if (!account || !caps) throw AppFailure.of('not-found', 'The account of this link was removed');
    const route = reminderRoute(sent.channel, sent.to, caps);
    if (!route) throw AppFailure.of('conflict', 'This link was sent without a phone or address to remind', { field: 'reference' });
    const now = this.deps.clock.now();
    const due = reminderDueAt(trigger, hours, record, new Date(sentAt ?? now.getTime()), now);
    if (!due) throw AppFailure.of('invalid-input', 'That reminder would fall after the link expires or in the past', { field: 'hours' });
    const at = now.toISOString();
    const item = await this.deps.outbox.insert({
      id: this.deps.outbox.nextNumberedId(`${reference}-remind-`),
      accountId: account.id,
      provider: account.provider,
      job: { kind: 'remind', reference, channel: route.channel, to: route.to, trigger },
      state: 'queued',
      createdAt: at,
      updatedAt: at,
      attempts: 0,
      nextAttemptAt: due.toISOString(),
    });
    this.deps.kick();
    return item;
  }

  private requireActive(reference: string): LinkRecord {
    const record = this.deps.history.get(reference);
    if (!record) throw AppFailure.of('not-found', 'No link with this reference in history');
    if (record.status !== 'active') throw AppFailure.of('conflict', 'Only an unpaid, open link can be reminded', { field: 'reference' });
    return record;
  }

  private planned(reference: string, trigger: ReminderTrigger): boolean {
    return this.upcomingOf(reference).some((item) => item.job.kind === 'remind' && item.job.trigger === trigger);
  }

  private upcomingOf(reference: string): OutboxItem[] {
    return this.deps.outbox.list().filter((item) => item.job.kind === 'remind' && item.job.reference === reference && upcoming.includes(item.state));
  }
}
