import type { LinkStatusSnapshot } from '@shared/domain/link';
import type { LinkRecord, LinkSummary, TimelineEvent } from '@shared/domain/link-record';
import { formatMoney } from '@shared/domain/money';
import type { AppError } from '@shared/result';
import { withEvent } from '@shared/domain/link-records';

/**
 * How a status look-up (or the clock) changes a history record. Pure: the poller and the
 * "check status now" action apply the same rules, inside HistoryStore.update so they always work
 * on the newest record (the user may have cancelled or marked it paid meanwhile).
 */
export type CheckOutcome =
  | { kind: 'snapshot'; snapshot: LinkStatusSnapshot }
  /** The provider has no record of the link. */
  | { kind: 'missing' }
  | { kind: 'failed'; error: AppError };

export interface Applied {
  record: LinkRecord;
  /** Something worth telling the renderer changed (status, facts, a new timeline event). */
  changed: boolean;
  /** The look-up found the payment just now (→ desktop notification). */
  becamePaid: boolean;
}

export function isPastExpiry(record: Pick<LinkSummary, 'expiresAt'>, now: Date): boolean {
  return record.expiresAt !== undefined && Date.parse(record.expiresAt) <= now.getTime();
}

/** Active and past its expiry → `expired` (with a timeline event); anything else unchanged. */
export function applyExpiry(record: LinkRecord, now: Date): Applied {
  if (record.status !== 'active' || !isPastExpiry(record, now)) return { record, changed: false, becamePaid: false };
  const at = now.toISOString();
  const expired = withEvent({ ...record, status: 'expired' }, { at, kind: 'expired', outcome: 'ok', detail: record.expiresAt });
  return { record: expired, changed: true, becamePaid: false };
}

/** Provider facts kept on the record: short values, a bounded number of keys. */
function keptDetails(details: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(details)
      .filter(([, v]) => v !== '')
      .slice(0, 40)
      .map(([k, v]) => [k.slice(0, 60), v.slice(0, 200)]),
  );
}

/**
 * Whether the provider's facts changed in a way worth a timeline line. The first check only sets
 * the baseline (ids, the provider's own status number) silently, unless it already reports a
 * payment attempt (Ödüyo's `lastAttempt`, e.g. a card refused by 3-D Secure).
 */
function factsChanged(before: Record<string, string> | undefined, after: Record<string, string>): boolean {
  if (before === undefined) return after.lastAttempt !== undefined;
  return JSON.stringify(before) !== JSON.stringify(after);
}

/** The provider's own id of the paying transaction, for the timeline. */
function transactionId(details: Record<string, string>): string | undefined {
  return details.xact_id ?? details.payment_id ?? details.id;
}

export function applyCheck(record: LinkRecord, outcome: CheckOutcome, now: Date): Applied {
  const at = now.toISOString();
  if (outcome.kind === 'failed') return applyFailure(record, outcome.error, at);
  if (outcome.kind === 'missing') {
    return applyFailure(record, { code: 'not-found', message: 'The provider has no record of this link', retryable: false }, at);
  }
  const snap = outcome.snapshot;
  const details = keptDetails(snap.details);
  const checked: LinkRecord = { ...record, statusCheckedAt: at };

  // Money that arrived wins over everything we believed (expired locally, cancelled, unknown).
  if (snap.status === 'paid' && record.status !== 'paid') {
    const paidAmountMinor = snap.paidAmountMinor ?? record.amount.minor;
    const paidNote = [formatMoney({ minor: paidAmountMinor, currency: record.amount.currency }), transactionId(details)];
    const event: TimelineEvent = { at, kind: 'paid', outcome: 'ok', detail: paidNote.filter(Boolean).join(' · ') };
    const paid = withEvent(
      { ...checked, status: 'paid', paidAt: (snap.paidAt ?? at).slice(0, 40), paidAmountMinor, statusDetails: details },
      event,
    );
    return { record: paid, changed: true, becamePaid: true };
  }
  const ended = snap.status === 'cancelled' || snap.status === 'expired' ? snap.status : undefined;
  if (ended && record.status !== ended && ['active', 'unknown', 'expired'].includes(record.status)) {
    const event: TimelineEvent = { at, kind: ended, outcome: 'ok', detail: 'provider' };
    return { record: withEvent({ ...checked, status: ended, statusDetails: details }, event), changed: true, becamePaid: false };
  }
  // The provider knows the link: an `unknown` one (answer lost at create) is live after all.
  const status = record.status === 'unknown' && snap.status === 'active' ? 'active' : record.status;
  const next: LinkRecord = { ...checked, status, statusDetails: details };
  if (status !== record.status || factsChanged(record.statusDetails, details)) {
    const seen = details.lastAttempt ? `${snap.status} (${details.lastAttempt})` : snap.status;
    const event: TimelineEvent = { at, kind: 'status-checked', outcome: 'ok', detail: seen };
    return { record: withEvent(next, event), changed: true, becamePaid: false };
  }
  return { record: next, changed: false, becamePaid: false };
}

/**
 * A failed look-up goes on the timeline once: not again while the same failure repeats with no
 * successful check in between (a provider down for a day must not write a line per poll).
 */
function applyFailure(record: LinkRecord, error: AppError, at: string): Applied {
  const last = [...record.timeline].reverse().find((e) => e.kind === 'status-checked');
  const repeat =
    last?.outcome === 'failed' &&
    last.error?.code === error.code &&
    (record.statusCheckedAt === undefined || record.statusCheckedAt < last.at);
  if (repeat) return { record, changed: false, becamePaid: false };
  const event: TimelineEvent = { at, kind: 'status-checked', outcome: 'failed', error };
  return { record: withEvent(record, event), changed: true, becamePaid: false };
}
