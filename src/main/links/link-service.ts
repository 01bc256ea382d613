import type { Account } from '@shared/domain/account';
import type { CreateLinkRequest } from '@shared/domain/link';
import type { LinkRecord } from '@shared/domain/link-record';
import type { Money } from '@shared/domain/money';
import type { OutboxItem, OutboxJob, OutboxState, UnknownDecision } from '@shared/domain/outbox-item';
import { issuesToError } from '@shared/domain/validation';
import { AppFailure } from '@shared/result';
import type { OpenedAccount } from '../accounts/account-context';
import type { NoticeBoard } from '../store/notice-board';
import { StorageFailure, tellStorageFailure } from '../store/storage-failure';
import type { Attempt } from '../outbox/outbox-jobs';
import type { OutboxActionDeps } from '../outbox/outbox-actions';
import { linkRequestIssues, sendTargetIssues } from '@shared/rules/link-rules';
import { queueSend } from './provider-sends';
import { ShopUnreachable } from '../shop/shop-connection';
import { userText } from '@shared/i18n/user-text';

export interface LinkOutcome {
  item: OutboxItem;
  record: LinkRecord | null;
}

/** The shop's queue, when this counter shares a shop ("any open counter may send it"). */
export interface ShopOffer {
  /** Hands the item over; throws `ShopUnreachable` when the server was not reached (nothing handed over). */
  offer(item: OutboxItem): Promise<void>;
  /** The owner's decision on an item the shop holds as `unknown` (see ShopService.resolve). */
  resolve(id: string, decision: UnknownDecision): Promise<OutboxItem>;
}

export interface LinkServiceDeps extends OutboxActionDeps {
  /** The OS online state: while offline, requests are queued rather than tried. */
  isOnline: () => boolean;
  /** Where the user is told that an intent could not be written (so nothing was sent). */
  notices: NoticeBoard;
  shop?: ShopOffer;
}

/** Thrown inside an outbox change when the request went out meanwhile: answer its outcome. */
class AlreadyCreated extends Error {}

/** States in which a repeated call (same reference) replaces the request and tries again. */
const replaceable: readonly OutboxState[] = ['draft', 'queued', 'retry-wait', 'failed', 'cancelled'];

/**
 * `now` tries at once (queued when offline); `later` queues it for the worker; `draft` keeps it
 * until the owner sends it; `shop` hands it to the shop's queue, for any open counter to send.
 */
export type CreateMode = 'now' | 'later' | 'draft' | 'shop';
/** A send still on its way: the same send asked again is this one, not a second SMS. */
const sendUnderway: readonly OutboxState[] = ['queued', 'retry-wait', 'sending', 'unknown'];

/**
 * The one orchestrator of link creation: validate → write the intent to the outbox → call the
 * provider (at once, or later through the worker) → history → contacts. Idempotent by the
 * reference the form generated. Answers: created / queued / waiting / unknown as an outcome; a
 * provider's "no" (the item is `failed`, editable) as that error.
 */
export class LinkService {
  constructor(private readonly deps: LinkServiceDeps) {}

  async create(accountId: string, request: CreateLinkRequest, mode: CreateMode): Promise<LinkOutcome> {
    const account = this.deps.accounts.require(accountId);
    const adapter = this.adapterFor(account);
    const invalid = issuesToError(linkRequestIssues(account.provider, adapter.capabilities, request, this.deps.clock.now()));
    if (invalid) throw new AppFailure(invalid);
    return this.submit(account, request.reference, { kind: 'create-link', request }, mode);
  }

  /** An İşbank service form payment: through the outbox like a link, recorded in history as a payment. */
  async payService(accountId: string, reference: string, serviceId: string, values: Record<string, string>, amount: Money): Promise<LinkOutcome> {
    const account = this.deps.accounts.require(accountId);
    if (account.provider !== 'isbank') throw AppFailure.of('unsupported', 'Service payments need an İşbank account', { field: 'accountId' });
    this.adapterFor(account);
    return this.submit(account, reference, { kind: 'service-pay', reference, serviceId, values, amount }, 'now');
  }

  /** Provider SMS / e-mail of an existing link (PayTR), through the outbox. */
  async send(reference: string, channel: 'sms' | 'email', to: string, mode: 'now' | 'later' = 'now'): Promise<LinkOutcome> {
    const record = this.deps.history.get(reference);
    if (!record) throw AppFailure.of('not-found', 'No link with this reference in history');
    const account = this.deps.accounts.require(record.accountId);
    const adapter = this.adapterFor(account);
    const when = channel === 'sms' ? adapter.capabilities.providerSms : adapter.capabilities.providerEmail;
    const method = channel === 'sms' ? adapter.sendSms : adapter.sendEmail;
    if (when !== 'after-create' || !method) {
      throw AppFailure.of('unsupported', `This provider does not send an existing link by ${channel === 'sms' ? 'SMS' : 'e-mail'}`);
    }
    const invalid = issuesToError(sendTargetIssues(account.provider, channel, to));
    if (invalid) throw new AppFailure(invalid);
    const same = this.deps.outbox
      .list()
      .find((i) => i.job.kind === 'send' && i.job.reference === reference && i.job.channel === channel && i.job.to === to && sendUnderway.includes(i.state));
    if (same) return { item: same, record };
    const goNow = mode === 'now' && this.deps.isOnline();
    const opening = goNow ? this.openEarly(account.id) : undefined;
    const item = await this.insertSend(account, reference, channel, to, goNow);
    if (!goNow) {
      this.deps.kick();
      return { item, record };
    }
    return this.answer(await this.deps.jobs.run(item, undefined, opening));
  }

  /** Writes the intent (new, or replacing a request that has not reached the provider), then tries it. */
  private async submit(account: Account, reference: string, job: OutboxJob, mode: CreateMode): Promise<LinkOutcome> {
    const { outbox, history } = this.deps;
    await this.deps.jobs.landed(reference);
    const existing = outbox.get(reference);
    if (existing?.state === 'created') return this.settledOutcome(existing, job);
    const recorded = existing ? undefined : history.get(reference);
    if (recorded) return this.fromHistory(recorded, job);
    if (mode === 'shop') {
      const offered = existing ? undefined : await this.offerToShop(account, reference, job);
      if (offered) return offered;
      // The shop server is away: the link waits in this counter's own outbox instead (never lost).
      mode = 'later';
    }
    const goNow = mode === 'now' && this.deps.isOnline();
    const opening = goNow ? this.openEarly(account.id) : undefined;
    const at = this.deps.clock.now().toISOString();
    let item: OutboxItem;
    try {
      item = await outbox.upsert(reference, (current) => {
        if (current) {
          if (current.job.kind !== job.kind) throw AppFailure.of('conflict', 'This reference belongs to another kind of request');
          if (current.state === 'created') throw new AlreadyCreated();
          if (!replaceable.includes(current.state)) {
            throw AppFailure.of('conflict', `This request is ${current.state}: it may already have reached the provider`, { field: 'reference' });
          }
        }
        const attempts = current?.attempts ?? 0;
        return {
          id: reference,
          accountId: account.id,
          provider: account.provider,
          job,
          state: goNow ? 'sending' : mode === 'draft' ? 'draft' : 'queued',
          createdAt: current?.createdAt ?? at,
          updatedAt: at,
          attempts: goNow ? attempts + 1 : attempts,
        };
      });
    } catch (error) {
      const settled = outbox.get(reference);
      if (error instanceof AlreadyCreated && settled) return this.settledOutcome(settled, job);
      throw this.notSent(error);
    }
    if (!goNow) {
      if (mode !== 'draft') this.deps.kick();
      return { item, record: null };
    }
    return this.answer(await this.deps.jobs.run(item, undefined, opening));
  }

  /** Hands a new request to the shop's queue; undefined when the server was not reached (nothing handed over). */
  private async offerToShop(account: Account, reference: string, job: OutboxJob): Promise<LinkOutcome | undefined> {
    if (!this.deps.shop) throw AppFailure.of('unsupported', 'This counter is not part of a shop', { userText: userText('shop.not-joined') });
    const at = this.deps.clock.now().toISOString();
    const item: OutboxItem = { id: reference, accountId: account.id, provider: account.provider, job, state: 'queued', createdAt: at, updatedAt: at, attempts: 0, shop: { fence: 0 } };
    try {
      await this.deps.shop.offer(item);
      return { item, record: null };
    } catch (error) {
      if (error instanceof ShopUnreachable) return undefined;
      throw error;
    }
  }

  /** A second call for a request that already went out: the same outcome, if it was the same request. */
  private settledOutcome(item: OutboxItem, job: OutboxJob): LinkOutcome {
    if (item.job.kind !== job.kind) throw AppFailure.of('conflict', 'This reference belongs to another kind of request');
    return { item, record: this.deps.history.get(item.id) ?? null };
  }

  /**
   * The outbox no longer holds this reference (settled items are kept for a while, then only
   * history has them): the same outcome, the item rebuilt from the record.
   */
  private fromHistory(record: LinkRecord, job: OutboxJob): LinkOutcome {
    const kind = job.kind === 'service-pay' ? 'service-payment' : 'link';
    if (record.kind !== kind) throw AppFailure.of('conflict', 'This reference belongs to another kind of request', { field: 'reference' });
    const item: OutboxItem = {
      id: record.reference,
      accountId: record.accountId,
      provider: record.provider,
      job,
      state: 'created',
      createdAt: record.createdAt,
      updatedAt: record.createdAt,
      attempts: 1,
    };
    return { item, record };
  }

  private answer(attempt: Attempt): LinkOutcome {
    if (attempt.item.state === 'failed') {
      throw new AppFailure(attempt.error ?? attempt.item.lastError ?? AppFailure.of('provider-rejected', 'The provider refused').error);
    }
    return { item: attempt.item, record: attempt.record };
  }

  private insertSend(account: Account, reference: string, channel: 'sms' | 'email', to: string, goNow: boolean): Promise<OutboxItem> {
    return queueSend(this.deps.outbox, this.deps.clock, account, { reference, channel, to }, goNow).catch((error: unknown) => {
      throw this.notSent(error);
    });
  }

  /** The intent could not be written (disk full, read-only …), so no request left: say exactly that. */
  private notSent(error: unknown): unknown {
    if (!(error instanceof StorageFailure)) return error;
    tellStorageFailure(this.deps.notices, error, 'outbox', 'nothing-sent', this.deps.clock);
    return error.withOutcome('nothing-sent');
  }

  /**
   * Reads the account's secrets (the keychain can take a while) while the intent is being
   * written; a failure surfaces when the attempt awaits it.
   */
  private openEarly(accountId: string): Promise<OpenedAccount> {
    const opening = this.deps.contexts.open(accountId);
    opening.catch(() => undefined);
    return opening;
  }

  private adapterFor(account: Account) {
    const adapter = this.deps.registry.get(account.provider);
    if (!adapter) throw AppFailure.of('unsupported', 'This provider is not supported in this build');
    return adapter;
  }
}
