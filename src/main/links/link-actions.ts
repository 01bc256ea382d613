import { userText } from '@shared/i18n/user-text';
import type { Customer } from '@shared/domain/link';
import type { LinkRecord, TimelineEvent } from '@shared/domain/link-record';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import type { Settings } from '@shared/domain/settings';
import { AppFailure, type AppError } from '@shared/result';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import type { OpenedAccount } from '../accounts/account-context';
import { linkRefOf, type StatusChecker } from '../status/status-checker';
import type { ContactBook, LinkHistory } from '../history-ports';
import { reminderEvent, withEvent } from '@shared/domain/link-records';
import { cancelUnsupported, lookupUnsupported } from './provider-limits';
import { shareTarget, type ShareChannel } from './share-target';

export interface LinkActionsDeps {
  history: LinkHistory;
  contacts: ContactBook;
  contexts: { open(accountId: string): Promise<OpenedAccount> };
  checker: StatusChecker;
  settings: { get(): Settings };
  clock: Clock;
  /** Hands an allow-listed URL to the OS (WhatsApp, the e-mail app). */
  openExternal: (url: string) => Promise<void>;
  logger?: Pick<Logger, 'log'>;
  /** Plans the shop's default reminders once the link went out by WhatsApp or the mail app. */
  afterShare?: (reference: string, channel: ShareChannel, to: string | undefined) => Promise<void>;
}

export type NoteEvent = 'copied' | 'qr-shown' | 'printed';

const notShareable: ReadonlySet<LinkRecord['status']> = new Set(['paid', 'cancelled', 'expired', 'failed']);

/**
 * What the user does with an existing link from the result view or the history panel: cancel it
 * at the provider, mark it paid by hand, ask the provider now, note what they did with it, share
 * it through WhatsApp or the e-mail app. Every action lands on the link's timeline.
 */
export class LinkActions {
  constructor(private readonly deps: LinkActionsDeps) {}

  async cancel(reference: string): Promise<LinkRecord> {
    const record = this.require(reference);
    if (record.status === 'cancelled') return record;
    if (record.status === 'paid') throw stateConflict('paid');
    if (record.kind !== 'link' || record.status === 'failed') throw stateConflict('never-created');
    if (!providerCapabilities[record.provider].cancel) throw cancelUnsupported(record.provider);

    const { provider } = await this.deps.contexts.open(record.accountId);
    if (!provider.cancel) throw cancelUnsupported(record.provider);
    const result = await provider.cancel(linkRefOf(record));
    const at = this.now();
    if (!result.ok) {
      await this.addEvent(reference, { at, kind: 'cancelled', outcome: 'failed', error: result.error });
      throw new AppFailure(result.error);
    }
    return this.deps.history.update(reference, (latest) =>
      // A payment seen meanwhile stays a payment; the cancel is still recorded.
      withEvent(latest.status === 'paid' ? latest : { ...latest, status: 'cancelled' }, { at, kind: 'cancelled', outcome: 'ok' }),
    );
  }

  /** The shop owner saw the money arrive some other way (PayTR panel, bank statement). */
  async markPaid(reference: string): Promise<LinkRecord> {
    const record = this.require(reference);
    if (record.status === 'paid') return record;
    if (record.status === 'cancelled') throw stateConflict('cancelled');
    if (record.status === 'failed') throw stateConflict('never-created');
    const at = this.now();
    return this.deps.history.update(reference, (latest) => {
      if (latest.status === 'paid') return latest;
      // Open-amount links have no amount of their own to assume; the others were paid in full.
      const amount = latest.linkType === 'open-amount' ? {} : { paidAmountMinor: latest.amount.minor };
      return withEvent({ ...latest, status: 'paid', paidAt: at, ...amount }, { at, kind: 'marked-paid', outcome: 'ok' });
    });
  }

  /** The owner saw a payment the look-up found: its history row is no longer highlighted. */
  async markSeen(reference: string): Promise<LinkRecord> {
    const record = this.require(reference);
    if (!record.paidUnseen) return record;
    return this.deps.history.update(reference, ({ paidUnseen: _seen, ...latest }) => latest);
  }

  /** Asks the provider now; a failure is recorded on the timeline and returned with its reason. */
  async checkStatus(reference: string): Promise<LinkRecord> {
    const record = this.require(reference);
    if (record.kind !== 'link' || !providerCapabilities[record.provider].statusLookup) throw lookupUnsupported(record.provider);
    const { checker } = this.deps;
    const opened = await checker.open(record.accountId);
    const outcome = opened.ok ? await checker.lookup(record, opened.opened) : ({ kind: 'failed', error: opened.error } as const);
    const saved = await checker.record(reference, outcome);
    if (outcome.kind === 'failed') throw new AppFailure(outcome.error);
    if (outcome.kind === 'missing') throw missingAtProvider(record.provider);
    return saved;
  }

  async note(reference: string, event: NoteEvent, detail?: string): Promise<LinkRecord> {
    this.require(reference);
    const at = this.now();
    const extra = detail?.trim() ? { detail: detail.trim() } : {};
    const entry: TimelineEvent =
      event === 'copied'
        ? { at, kind: 'sent', outcome: 'ok', channel: 'copy', ...extra }
        : { at, kind: event, outcome: 'ok', ...extra };
    return this.deps.history.update(reference, (latest) => withEvent(latest, entry));
  }

  /** Opens WhatsApp (wa.me) or the e-mail app (mailto) with the message, and records it. */
  async share(reference: string, channel: ShareChannel, to?: string): Promise<LinkRecord> {
    const record = this.require(reference);
    if (!record.url || notShareable.has(record.status)) throw stateConflict('not-payable');
    const target = shareTarget(record, this.deps.settings.get(), channel, to);
    const at = this.now();
    try {
      await this.deps.openExternal(target.url);
    } catch {
      const error = openFailed(channel);
      await this.addEvent(reference, { at, kind: 'sent', outcome: 'failed', channel, ...target.detail, error });
      throw new AppFailure(error);
    }
    const saved = await this.deps.history.update(reference, (latest) =>
      withEvent(latest, { at, kind: 'sent', outcome: 'ok', channel, ...target.detail }),
    );
    await this.rememberCustomer(record.customer, target.customer, channel);
    await this.planReminders(reference, channel, target.detail.detail);
    return saved;
  }

  /** Opens a reminder the owner sends (WhatsApp, mail app) to `to`, and records it as a reminder. */
  async openReminder(reference: string, channel: ShareChannel, to: string): Promise<LinkRecord> {
    const record = this.require(reference);
    if (!record.url || record.status !== 'active') throw stateConflict('not-payable');
    const target = shareTarget(record, this.deps.settings.get(), channel, to, true);
    const at = this.now();
    try {
      await this.deps.openExternal(target.url);
    } catch {
      const error = openFailed(channel);
      await this.addEvent(reference, reminderEvent(channel, to, at, error));
      throw new AppFailure(error);
    }
    return this.addEvent(reference, reminderEvent(channel, to, at));
  }

  private async planReminders(reference: string, channel: ShareChannel, to: string | undefined): Promise<void> {
    try {
      await this.deps.afterShare?.(reference, channel, to);
    } catch (error) {
      // The share happened; a reminder that could not be planned must not say otherwise.
      this.deps.logger?.log('warn', 'reminders.plan-failed', { error: String(error).slice(0, 200) });
    }
  }

  private async rememberCustomer(customer: Customer, used: Customer, channel: ShareChannel): Promise<void> {
    try {
      await this.deps.contacts.remember({ ...customer, ...used }, channel);
    } catch (error) {
      // The share happened; a contact book that cannot be written must not say otherwise.
      this.deps.logger?.log('warn', 'contacts.remember-failed', { error });
    }
  }

  private addEvent(reference: string, event: TimelineEvent): Promise<LinkRecord> {
    return this.deps.history.update(reference, (latest) => withEvent(latest, event));
  }

  private require(reference: string): LinkRecord {
    const record = this.deps.history.get(reference);
    if (!record) throw AppFailure.of('not-found', 'No such link in history');
    return record;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

function stateConflict(why: 'paid' | 'cancelled' | 'never-created' | 'not-payable'): AppFailure {
  const texts = {
    paid: userText('answer.link.state.paid'),
    cancelled: userText('answer.link.state.cancelled'),
    'never-created': userText('answer.link.state.never-created'),
    'not-payable': userText('answer.link.state.not-payable'),
  } as const;
  return AppFailure.of('conflict', `Not possible for a link in this state (${why})`, { userText: texts[why] });
}

function missingAtProvider(provider: LinkRecord['provider']): AppFailure {
  return AppFailure.of('not-found', `${provider} has no record of this link`, {
    userText: userText('answer.link.missingAtProvider'),
  });
}

function openFailed(channel: ShareChannel): AppError {
  const said = userText(channel === 'whatsapp' ? 'answer.share.whatsappFailed' : 'answer.share.mailtoFailed');
  return AppFailure.of('unsupported', `The system could not open the ${channel} link`, { userText: said }).error;
}
