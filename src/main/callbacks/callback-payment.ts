import type { LinkRecord, TimelineEvent } from '@shared/domain/link-record';
import { withEvent } from '@shared/domain/link-records';
import { formatMoney } from '@shared/domain/money';

/**
 * How a verified callback changes a link. Pure. The event's time is when the relay received the
 * callback, so every counter applying the same callback makes the same event and the shop's
 * timeline merge keeps it once.
 */
export interface CallbackPayment {
  note: 'paytr-callback-verified' | 'paynet-transaction-check';
  receivedAt: string;
  paidAmountMinor: number;
  paidAt: string;
  /** The provider's id of the payment (merchant_oid, xact_id). */
  transactionId?: string;
  /** Provider facts kept on the record (short values). */
  details: Record<string, string>;
}

export interface PaymentApplied {
  record: LinkRecord;
  changed: boolean;
  becamePaid: boolean;
}

const sameEvent = (a: TimelineEvent, b: TimelineEvent) => a.at === b.at && a.kind === b.kind && a.outcome === b.outcome && a.detail === b.detail && a.note === b.note;

export function paymentEvent(record: Pick<LinkRecord, 'amount'>, payment: CallbackPayment): TimelineEvent {
  const money = formatMoney({ minor: payment.paidAmountMinor, currency: record.amount.currency });
  const detail = [money, payment.transactionId].filter(Boolean).join(' · ').slice(0, 500);
  return { at: payment.receivedAt, kind: 'paid', outcome: 'ok', detail, note: payment.note };
}

/**
 * Paid, with the event saying how. Status only moves forward: a link already paid keeps its
 * payment facts and only gains the event (it tells the owner the payment was confirmed). The same
 * callback twice changes nothing. The price stays in `amount`; what was paid (with installment
 * interest) goes to `paidAmountMinor`.
 */
export function applyCallbackPayment(record: LinkRecord, payment: CallbackPayment, now: Date): PaymentApplied {
  const event = paymentEvent(record, payment);
  if (record.timeline.some((e) => sameEvent(e, event))) return { record, changed: false, becamePaid: false };
  const becamePaid = record.status !== 'paid';
  const details = { ...record.statusDetails, ...keptDetails(payment.details) };
  const facts: Partial<LinkRecord> = becamePaid
    ? { status: 'paid', paidAt: payment.paidAt.slice(0, 40), paidAmountMinor: payment.paidAmountMinor, paidUnseen: true }
    : {};
  const next = withEvent({ ...record, ...facts, statusDetails: details }, event);
  return { record: { ...next, updatedAt: latest(record.updatedAt, now.toISOString()) }, changed: true, becamePaid };
}

/** A genuine callback reporting a failed payment: on the timeline, the status untouched. */
export function applyCallbackFailure(record: LinkRecord, event: TimelineEvent, now: Date): PaymentApplied {
  if (record.timeline.some((e) => sameEvent(e, event))) return { record, changed: false, becamePaid: false };
  return { record: { ...withEvent(record, event), updatedAt: latest(record.updatedAt, now.toISOString()) }, changed: true, becamePaid: false };
}

/** The event is dated when the callback arrived; the record's own change time never goes back. */
const latest = (a: string, b: string) => (a > b ? a : b);

function keptDetails(details: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(details)
      .filter(([, v]) => v !== '')
      .slice(0, 20)
      .map(([k, v]) => [k.slice(0, 60), v.slice(0, 200)]),
  );
}
