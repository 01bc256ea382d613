import { userText } from '@shared/i18n/user-text';
import type { CreateLinkRequest } from '@shared/domain/link';
import type { LinkRecord, TimelineEvent } from '@shared/domain/link-record';
import { isTrustedLinkUrl } from '@shared/domain/link-url';
import type { OutboxItem, OutboxJob, OutboxState } from '@shared/domain/outbox-item';
import { isOwnerChannel } from '@shared/domain/reminder';
import { AppFailure, type AppError, type Result } from '@shared/result';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { retryDelayMs, type OutboxPolicy } from './outbox-policy';
import type { ProviderGates } from './provider-gates';
import type { AccountContexts, OpenedAccount } from '../accounts/account-context';
import type { NoticeBoard } from '../store/notice-board';
import type { OutboxStore } from './outbox-store';
import { StorageFailure, tellStorageFailure } from '../store/storage-failure';
import { asAppError, stateAfter } from './attempt-verdict';
import { claim, ripen, settle, unclaim } from './outbox-transitions';
import { createdLinkRecord, reminderDropReason, reminderDroppedEvent, reminderEvent, sendEvent, servicePaymentRecord, withEvent } from '@shared/domain/link-records';
import type { ContactBook, LinkHistory } from '../history-ports';

export interface OutboxJobDeps {
  outbox: OutboxStore;
  history: LinkHistory;
  contacts: ContactBook;
  contexts: AccountContexts;
  gates: ProviderGates;
  policy: OutboxPolicy;
  clock: Clock;
  logger: Logger;
  /** Where the user is told that a link may exist though PayDesk could not record it. */
  notices?: NoticeBoard;
  /** What follows a created link (the SMS / e-mail PayTR sends only for an existing link). */
  afterCreate?: (record: LinkRecord, request: CreateLinkRequest) => Promise<void>;
  /** What follows a provider SMS / e-mail that reached the customer (the reminders planned for it). */
  afterSend?: (reference: string, channel: 'sms' | 'email', to: string) => Promise<void>;
  /** Opens WhatsApp or the mail app with a reminder the owner sends, and records it on the timeline. */
  openReminder?: (reference: string, channel: 'whatsapp' | 'mailto', to: string) => Promise<LinkRecord>;
}

/** The provider handed back a link address PayDesk does not trust: it may have made a link all the same. */
function untrustedLinkUrl(): AppFailure {
  return AppFailure.of('ambiguous', 'The provider answered with a link address outside its own domain', {
    userText: userText('link.untrusted-url'),
  });
}

/** One of PayDesk's own failures after the provider said yes. */
function mayHaveBeenCreated(detail: string): AppError {
  return AppFailure.of('ambiguous', `Recording the provider's answer failed (${detail.slice(0, 200)})`, {
    userText: userText('link.not-recorded'),
  }).error;
}

/** How one attempt ended: the item as settled, the history record when there is one, the error if any. */
export interface Attempt {
  item: OutboxItem;
  record: LinkRecord | null;
  error?: AppError;
}

type JobSuccess = { record: LinkRecord; after?: () => Promise<void> };

/**
 * Runs the job of one outbox item: claim it (`sending`, on disk), call the provider, record the
 * outcome in history, THEN settle the item. The only place that calls providers for the outbox.
 */
export class OutboxJobs {
  /** Outbox writes still landing after their caller was answered, by item id. */
  private landing = new Map<string, Promise<void>>();

  constructor(private readonly deps: OutboxJobDeps) {}

  /** Moves an item from one of `from` to `sending`; undefined when it is no longer there or in another state. */
  async claim(id: string, from: readonly OutboxState[]): Promise<OutboxItem | undefined> {
    const at = this.now();
    try {
      return await this.deps.outbox.update(id, (item) => claim(item, from, at));
    } catch (error) {
      const code = error instanceof AppFailure ? error.error.code : undefined;
      if (code === 'conflict' || code === 'not-found') return undefined;
      throw error;
    }
  }

  /**
   * Runs a claimed (`sending`) item to its next state. `answered` is called as soon as the
   * provider call is over (the worker frees the request slot then, before the local writes).
   * Throws only when the outbox cannot be written.
   */
  async run(item: OutboxItem, answered: () => void = () => undefined, opening?: Promise<OpenedAccount>): Promise<Attempt> {
    const dropped = await this.dropStaleReminder(item);
    if (dropped) {
      answered();
      return dropped;
    }
    const done = await this.perform(item, answered, opening);
    this.deps.gates.observe(item.provider, done.ok ? undefined : done.error, this.ms());
    if (!done.ok) return this.settleFailure(item, done.error);
    // History holds the result (durable): that already settles the item, even after a crash
    // (resume turns `sending` + a history record into `created`). So the caller is answered now
    // and the outbox write, then the follow-ups (contacts, queued sends), land in the background.
    const at = this.now();
    const after = done.value.after;
    const landing = this.deps.outbox.update(item.id, (current) => settle(current, { state: 'created' }, at), { lazy: true }).then(() => after?.());
    this.background(item.id, landing);
    return { item: settle(item, { state: 'created' }, at), record: this.deps.history.get(done.value.record.reference) ?? done.value.record };
  }

  /** A reminder the owner sends by hand reached its time: it waits for them as `due`. */
  async ripen(item: OutboxItem): Promise<void> {
    const at = this.now();
    await this.deps.outbox.update(item.id, (current) => ripen(current, at)).catch((error: unknown) => {
      // Cancelled or sent meanwhile: nothing to do.
      if (!(error instanceof AppFailure && error.error.code === 'conflict')) throw error;
    });
  }

  /** A reminder whose link was paid, cancelled or expired meanwhile is dropped, never sent. */
  private async dropStaleReminder(item: OutboxItem): Promise<Attempt | undefined> {
    if (item.job.kind !== 'remind') return undefined;
    const record = this.deps.history.get(item.job.reference);
    if (!record || record.status === 'active') return undefined;
    const at = this.now();
    await this.noteOnTimeline(record.reference, reminderDroppedEvent(reminderDropReason(record), at));
    const settled = await this.settle(item.id, 'cancelled', undefined, undefined, at);
    return { item: settled, record: this.deps.history.get(record.reference) ?? record };
  }

  /** Waits until the background writes of this item (or of all items) have landed. */
  async landed(id?: string): Promise<void> {
    if (id !== undefined) {
      await this.landing.get(id);
      return;
    }
    while (this.landing.size > 0) await Promise.allSettled([...this.landing.values()]);
  }

  private background(id: string, work: Promise<unknown>): void {
    const tracked = work
      .then(
        () => undefined,
        (e: unknown) => this.deps.logger.log('warn', 'links.after-failed', { id, error: asAppError(e) }),
      )
      .finally(() => {
        if (this.landing.get(id) === tracked) this.landing.delete(id);
      });
    this.landing.set(id, tracked);
  }

  /** Puts back an item claimed for a request that was not sent after all (paused provider, stopping). */
  async unclaim(item: OutboxItem, until: number | undefined): Promise<void> {
    const at = this.now();
    await this.deps.outbox.update(item.id, (current) => unclaim(current, at, until));
  }

  /** `opening`: the account's context, already being read (keychain) while the intent was written. */
  private async perform(item: OutboxItem, answered: () => void, opening?: Promise<OpenedAccount>): Promise<Result<JobSuccess>> {
    let opened: OpenedAccount;
    try {
      opened = await (opening ?? this.deps.contexts.open(item.accountId));
    } catch (e) {
      answered();
      // Nothing was sent: a removed account, a missing secret or a locked keychain.
      const error = asAppError(e);
      return { ok: false, error: error.code === 'internal' ? { ...error, code: 'credential-missing', retryable: false } : error };
    }
    try {
      return await this.performWith(opened, item.job, answered);
    } catch (e) {
      return { ok: false, error: asAppError(e) };
    } finally {
      answered();
    }
  }

  private async performWith(opened: OpenedAccount, job: OutboxJob, answered: () => void): Promise<Result<JobSuccess>> {
    const { provider, account } = opened;
    const { history, contacts } = this.deps;
    switch (job.kind) {
      case 'create-link': {
        const created = await provider.createLink(job.request);
        answered();
        if (!created.ok) return created;
        return this.afterProviderYes(async () => {
          // Shown, encoded in a QR, shared and stored only when it points where this account's links live.
          if (!isTrustedLinkUrl(created.value.url, account)) throw untrustedLinkUrl();
          const record = createdLinkRecord({ account, capabilities: provider.capabilities, request: job.request, created: created.value, at: this.now() });
          const saved = await this.appendOnce(record);
          const after = async () => {
            await contacts.remember(job.request.customer);
            await this.deps.afterCreate?.(saved, job.request);
          };
          return { record: saved, after };
        });
      }
      case 'send': {
        const record = history.get(job.reference);
        if (!record) return { ok: false, error: AppFailure.of('not-found', 'The link of this send is not in history').error };
        const event = (at: string, error?: AppError) => sendEvent(job.channel, job.to, at, error);
        const contact = job.channel === 'sms' ? { ...record.customer, phone: job.to } : { ...record.customer, email: job.to };
        return this.sendExisting(provider, record, job.channel, job.to, event, answered, async () => {
          await contacts.remember(contact, job.channel);
          await this.deps.afterSend?.(job.reference, job.channel, job.to);
        });
      }
      case 'remind': {
        const record = history.get(job.reference);
        if (!record) return { ok: false, error: AppFailure.of('not-found', 'The link of this reminder is not in history').error };
        if (isOwnerChannel(job.channel)) {
          if (!this.deps.openReminder) return { ok: false, error: AppFailure.of('unsupported', 'Reminders cannot be opened here').error };
          answered();
          return { ok: true, value: { record: await this.deps.openReminder(job.reference, job.channel, job.to) } };
        }
        const event = (at: string, error?: AppError) => reminderEvent(job.channel, job.to, at, error);
        return this.sendExisting(provider, record, job.channel, job.to, event, answered);
      }
      case 'service-pay': {
        if (!provider.isbank) return { ok: false, error: AppFailure.of('unsupported', 'Service payments need an İşbank account').error };
        const paid = await provider.isbank.payService(job.serviceId, job.values, job.amount);
        answered();
        if (!paid.ok) return paid;
        return this.afterProviderYes(async () => {
          const record = servicePaymentRecord({
            account,
            reference: job.reference,
            serviceId: job.serviceId,
            amount: job.amount,
            payment: paid.value,
            at: this.now(),
          });
          return { record: await this.appendOnce(record) };
        });
      }
    }
  }

  /**
   * Has the provider send an existing link again by SMS / e-mail (a send or a reminder): a refusal
   * goes on the timeline, a yes is recorded there, then `after` (contacts, reminders) follows.
   */
  private async sendExisting(
    provider: OpenedAccount['provider'],
    record: LinkRecord,
    channel: 'sms' | 'email',
    to: string,
    event: (at: string, error?: AppError) => TimelineEvent,
    answered: () => void,
    after?: () => Promise<void>,
  ): Promise<Result<JobSuccess>> {
    const link = { reference: record.reference, providerRefs: record.providerRefs, createdAt: record.createdAt };
    const call = channel === 'sms' ? provider.sendSms : provider.sendEmail;
    if (!call) return { ok: false, error: AppFailure.of('unsupported', 'This provider does not send links').error };
    const sent = await call(link, to);
    answered();
    if (!sent.ok) {
      if (stateAfter(sent.error) === 'failed') await this.noteOnTimeline(record.reference, event(this.now(), sent.error));
      return sent;
    }
    return this.afterProviderYes(async () => {
      const updated = await this.deps.history.update(record.reference, (r) => withEvent(r, event(this.now())));
      return { record: updated, ...(after ? { after } : {}) };
    });
  }

  /**
   * The provider said yes: from here any failure is PayDesk's own (a URL we do not trust, a full
   * disk, a record history refuses, a bug), so the item becomes `unknown`, never `failed`: a
   * "send again" could make a second live link.
   */
  private async afterProviderYes(work: () => Promise<JobSuccess>): Promise<Result<JobSuccess>> {
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      if (e instanceof StorageFailure && this.deps.notices) {
        tellStorageFailure(this.deps.notices, e, 'history', 'may-have-been-created', this.deps.clock);
        return { ok: false, error: { ...e.withOutcome('may-have-been-created').error, code: 'ambiguous', retryable: false } };
      }
      const error = asAppError(e);
      this.deps.logger.log('error', 'links.after-yes-failed', error);
      return { ok: false, error: error.code === 'ambiguous' ? error : mayHaveBeenCreated(error.message) };
    }
  }

  /** Appends the record; if it is already there (a crash between the two writes), keeps the existing one. */
  private async appendOnce(record: LinkRecord): Promise<LinkRecord> {
    try {
      await this.deps.history.append(record);
      return this.deps.history.get(record.reference) ?? record;
    } catch (e) {
      const existing = this.deps.history.get(record.reference);
      if (e instanceof AppFailure && e.error.code === 'conflict' && existing) return existing;
      throw e;
    }
  }

  private async noteOnTimeline(reference: string, event: TimelineEvent): Promise<void> {
    await this.deps.history.update(reference, (r) => withEvent(r, event)).catch((e: unknown) => {
      this.deps.logger.log('warn', 'links.timeline-failed', asAppError(e));
    });
  }

  private async settleFailure(item: OutboxItem, error: AppError): Promise<Attempt> {
    const state = stateAfter(error);
    let nextAttemptAt: string | undefined;
    // One instant for the verdict: the wait (Retry-After) counts from the same time the item says it changed.
    const now = this.ms();
    if (state === 'retry-wait') {
      // The item's own backoff, or later when the provider is paused (Retry-After, next probe).
      const own = now + retryDelayMs(item.attempts, error.retryAfterMs, this.deps.policy);
      nextAttemptAt = new Date(Math.max(own, this.deps.gates.pausedUntil(item.provider, now) ?? 0)).toISOString();
    }
    const settled = await this.settle(item.id, state, error, nextAttemptAt, new Date(now).toISOString());
    const reference = item.job.kind === 'create-link' ? item.job.request.reference : item.job.reference;
    return { item: settled, record: item.job.kind === 'send' || item.job.kind === 'remind' ? (this.deps.history.get(reference) ?? null) : null, error };
  }

  /** Moves a `sending` item to its outcome state. */
  settle(id: string, state: ReturnType<typeof stateAfter> | 'created' | 'cancelled', error?: AppError, nextAttemptAt?: string, at = this.now()): Promise<OutboxItem> {
    return this.deps.outbox.update(id, (item) => settle(item, { state, ...(error ? { error } : {}), ...(nextAttemptAt ? { nextAttemptAt } : {}) }, at));
  }

  private ms(): number {
    return this.deps.clock.now().getTime();
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

/** An item in its outcome state: the last error and next attempt kept only when given. */
