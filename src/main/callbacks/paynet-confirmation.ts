import type { LinkStatusSnapshot } from '@shared/domain/link';
import type { Result } from '@shared/result';
import type { PaynetConfirmation } from './callback-applier';

/**
 * What a Paynet look-up (the adapter's detail + transaction/check) says about a callback's claim:
 * paid only when the provider itself reports the payment. A look-up that failed is no answer (try
 * again later), never a "no".
 */
export function paynetConfirmationOf(lookup: Result<LinkStatusSnapshot | null>): PaynetConfirmation {
  if (!lookup.ok) return { kind: 'unavailable' };
  const snapshot = lookup.value;
  if (!snapshot || snapshot.status !== 'paid') return { kind: 'not-paid' };
  const transactionId = snapshot.details.xact_id;
  return {
    kind: 'paid',
    ...(snapshot.paidAmountMinor !== undefined ? { paidAmountMinor: snapshot.paidAmountMinor } : {}),
    ...(snapshot.paidAt ? { paidAt: snapshot.paidAt } : {}),
    ...(transactionId ? { transactionId } : {}),
  };
}
