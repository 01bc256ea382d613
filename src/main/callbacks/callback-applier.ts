import type { LinkRecord, TimelineEvent } from '@shared/domain/link-record';
import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { PaytrKeys } from '../providers/paytr/paytr-signing';
import { applyCallbackFailure, applyCallbackPayment, type CallbackPayment, type PaymentApplied } from './callback-payment';
import { paynetVerdict } from './paynet-callback';
import { judgePaytrCallback, parsePaytrCallback } from './paytr-callback';
import type { SeenCallbacks } from './seen-callbacks';

/** A callback as the relay stored it (the shop's `provider_callbacks` row). */
export interface ReceivedCallback {
  id: number;
  provider: 'paytr' | 'paynet';
  body: string;
  receivedAt: string;
}

/** What Paynet's transaction/check said about a link (the caller runs the adapter's check). */
export type PaynetConfirmation =
  | { kind: 'paid'; paidAmountMinor?: number; paidAt?: string; transactionId?: string }
  | { kind: 'not-paid' }
  /** The check could not be made (network, keys missing …): try again later. */
  | { kind: 'unavailable' };

export interface CallbackApplierDeps {
  history: Pick<LinkHistory, 'get' | 'update'>;
  /** The merchant key and salt of the account that made the link (from this computer's keychain), or undefined. */
  paytrKeys(accountId: string): Promise<PaytrKeys | undefined>;
  confirmPaynet(record: LinkRecord): Promise<PaynetConfirmation>;
  clock: Clock;
  seen: SeenCallbacks;
  /** Called once per link that turns paid (the paid alert, as for polled status). */
  onPaid?: (record: LinkRecord) => void;
}

/**
 * - applied: the link changed (paid, or a genuine failure noted on its timeline);
 * - duplicate: already acted on (a provider retry, a replay);
 * - forged: the hash is wrong, or Paynet's check does not confirm a payment;
 * - unreadable: not a callback at all;
 * - not-ours: no link here has that reference (or it belongs to another provider);
 * - unverified: it cannot be judged on this counter now (no keys here, the check did not answer):
 *   keep it and try again later, or on a counter that holds the keys.
 */
export const callbackOutcomes = ['applied', 'duplicate', 'forged', 'unreadable', 'not-ours', 'unverified'] as const;
export type CallbackOutcome = (typeof callbackOutcomes)[number];

export interface CallbackResult {
  outcome: CallbackOutcome;
  callbackId: number;
  provider: ReceivedCallback['provider'];
  reference?: string;
  /** Why, for the diagnostics list (a code, never the body). */
  reason?: 'no-keys' | 'check-unavailable' | 'hash' | 'not-confirmed' | 'link-missing' | 'other-provider';
}

/**
 * Turns stored callbacks into link changes, on a counter, with its own keys: PayTR only when the
 * hash is genuine, Paynet only when transaction/check confirms it. Acts once per payment; the
 * status only moves forward. Forged and unverifiable callbacks change no link: the caller keeps
 * them (they stay in the shop's table) and lists them in diagnostics.
 */
export class CallbackApplier {
  private readonly tally = new Map<CallbackOutcome, number>();

  constructor(private readonly deps: CallbackApplierDeps) {}

  async apply(callback: ReceivedCallback): Promise<CallbackResult> {
    const result = callback.provider === 'paytr' ? await this.applyPaytr(callback) : await this.applyPaynet(callback);
    this.tally.set(result.outcome, (this.tally.get(result.outcome) ?? 0) + 1);
    return result;
  }

  /** How many callbacks ended each way since this applier was made. */
  counts(): Record<CallbackOutcome, number> {
    return Object.fromEntries(callbackOutcomes.map((o) => [o, this.tally.get(o) ?? 0])) as Record<CallbackOutcome, number>;
  }

  private async applyPaytr(callback: ReceivedCallback): Promise<CallbackResult> {
    const base = { callbackId: callback.id, provider: callback.provider } as const;
    const parsed = parsePaytrCallback(callback.body);
    if (!parsed) return { ...base, outcome: 'unreadable' };
    const { reference } = parsed;
    const record = this.linkOf(reference, 'paytr');
    if (record.kind !== 'found') return { ...base, reference, outcome: 'not-ours', reason: record.kind };
    const keys = await this.deps.paytrKeys(record.record.accountId).catch(() => undefined);
    if (!keys) return { ...base, reference, outcome: 'unverified', reason: 'no-keys' };
    const verdict = judgePaytrCallback(parsed, keys);
    if (verdict.kind === 'forged') return { ...base, reference, outcome: 'forged', reason: 'hash' };
    if (verdict.kind === 'unreadable') return { ...base, outcome: 'unreadable' };
    const seenKey = `paytr:${verdict.merchantOid}`;
    if (await this.deps.seen.has(seenKey)) return { ...base, reference, outcome: 'duplicate' };
    const receivedAt = new Date(callback.receivedAt).toISOString();
    const now = this.deps.clock.now();
    let change: (latest: LinkRecord) => PaymentApplied;
    if (verdict.kind === 'failed') {
      const event: TimelineEvent = {
        at: receivedAt,
        kind: 'paid',
        outcome: 'failed',
        note: 'paytr-callback-verified',
        detail: [verdict.merchantOid, verdict.reasonCode, verdict.reasonMessage].filter(Boolean).join(' · ').slice(0, 500),
      };
      change = (latest) => applyCallbackFailure(latest, event, now);
    } else {
      const payment: CallbackPayment = {
        note: 'paytr-callback-verified',
        receivedAt,
        paidAt: receivedAt,
        paidAmountMinor: verdict.totalAmountMinor,
        transactionId: verdict.merchantOid,
        details: {
          merchant_oid: verdict.merchantOid,
          total_amount: String(verdict.totalAmountMinor),
          ...(verdict.paymentAmountMinor !== undefined ? { payment_amount: String(verdict.paymentAmountMinor) } : {}),
          ...(verdict.paymentType ? { payment_type: verdict.paymentType } : {}),
          ...(verdict.testMode ? { test_mode: '1' } : {}),
        },
      };
      change = (latest) => applyCallbackPayment(latest, payment, now);
    }
    const outcome = await this.record(reference, change);
    await this.deps.seen.add(seenKey, now.toISOString());
    return { ...base, reference, outcome };
  }

  private async applyPaynet(callback: ReceivedCallback): Promise<CallbackResult> {
    const base = { callbackId: callback.id, provider: callback.provider } as const;
    const verdict = paynetVerdict(callback.body);
    if (verdict.kind === 'unreadable') return { ...base, outcome: 'unreadable' };
    const { reference } = verdict;
    const found = this.linkOf(reference, 'paynet');
    if (found.kind !== 'found') return { ...base, reference, outcome: 'not-ours', reason: found.kind };
    const seenKey = `paynet:${reference}`;
    const alreadyConfirmed = found.record.timeline.some((e) => e.kind === 'paid' && e.note === 'paynet-transaction-check');
    if (alreadyConfirmed || (await this.deps.seen.has(seenKey))) return { ...base, reference, outcome: 'duplicate' };
    // Paynet signs nothing: only its own answer to transaction/check can make the link paid.
    const confirmation = await this.deps.confirmPaynet(found.record).catch((): PaynetConfirmation => ({ kind: 'unavailable' }));
    if (confirmation.kind === 'unavailable') return { ...base, reference, outcome: 'unverified', reason: 'check-unavailable' };
    if (confirmation.kind === 'not-paid') return { ...base, reference, outcome: 'forged', reason: 'not-confirmed' };
    const receivedAt = new Date(callback.receivedAt).toISOString();
    const now = this.deps.clock.now();
    const payment: CallbackPayment = {
      note: 'paynet-transaction-check',
      receivedAt,
      paidAt: confirmation.paidAt ?? receivedAt,
      paidAmountMinor: confirmation.paidAmountMinor ?? found.record.amount.minor,
      ...(confirmation.transactionId ? { transactionId: confirmation.transactionId } : {}),
      details: confirmation.transactionId ? { xact_id: confirmation.transactionId } : {},
    };
    const outcome = await this.record(reference, (latest) => applyCallbackPayment(latest, payment, now));
    await this.deps.seen.add(seenKey, now.toISOString());
    return { ...base, reference, outcome };
  }

  private linkOf(reference: string, provider: LinkRecord['provider']): { kind: 'found'; record: LinkRecord } | { kind: 'link-missing' | 'other-provider' } {
    const record = this.deps.history.get(reference);
    if (!record || record.kind !== 'link') return { kind: 'link-missing' };
    if (record.provider !== provider) return { kind: 'other-provider' };
    return { kind: 'found', record };
  }

  /** Applies the change to the newest record; writes only when it changes something. */
  private async record(reference: string, change: (latest: LinkRecord) => PaymentApplied): Promise<'applied' | 'duplicate'> {
    const current = this.deps.history.get(reference);
    if (!current || !change(current).changed) return 'duplicate';
    let becamePaid = false;
    let changed = false;
    const saved = await this.deps.history.update(reference, (latest) => {
      const applied = change(latest);
      becamePaid = applied.becamePaid;
      changed = applied.changed;
      return applied.record;
    });
    if (becamePaid) {
      try {
        this.deps.onPaid?.(saved);
      } catch {
        // A window that is gone must not undo a recorded payment.
      }
    }
    return changed ? 'applied' : 'duplicate';
  }
}
