import type { CreateLinkRequest, LinkStatusSnapshot } from '@shared/domain/link';
import { minorToMajorNumber } from '@shared/domain/money';
import { toPaynetPhone } from '@shared/domain/phone-format';
import { toPaynetExpireHours } from '@shared/rules/paynet-rules';
import type { PaynetCreateBody } from './paynet-client';
import type { PaynetDetail, PaynetTransaction } from './paynet-parsing';

/**
 * A validated CreateLinkRequest as Paynet's create body: amount in major units (exact), our
 * reference as `reference_no`, expiry as whole hours rounded up, and the payer's phone / e-mail
 * only when Paynet is asked to send the link there.
 */
export function toPaynetCreateBody(req: CreateLinkRequest, options: { now: Date; agentId?: string }): PaynetCreateBody {
  const body: PaynetCreateBody = {
    name_surname: (req.customer.name ?? '').trim(),
    amount: minorToMajorNumber(req.amount.minor),
    reference_no: req.reference,
    note: req.description,
    send_sms: req.notifyBySms,
    send_mail: req.notifyByEmail,
  };
  if (req.expiresAt !== undefined) body.expire_date = toPaynetExpireHours(req.expiresAt, options.now) ?? undefined;
  if (req.notifyBySms && req.customer.phone) body.phone = toPaynetPhone(req.customer.phone) ?? undefined;
  if (req.notifyByEmail && req.customer.email) body.email = req.customer.email;
  if (options.agentId) body.agent_id = options.agentId;
  return body;
}

/**
 * A link's status from its detail and its transactions: paid when a succeeded transaction covers
 * the link amount (it may be higher when the fee is added on top). Paynet's own status numbers are
 * kept in `details`; only 3 is read, and only when no payment succeeded: it is the value status_update
 * sets to make a link passive (cancelled, e.g. in Paynet's panel). A general table in the docs calls
 * 3 "done succeed", which is why a succeeded transaction is looked at first and always wins.
 */
/** status_update's "passive" (PAYNET_STATUS.cancel), as the detail answer spells it. */
const PASSIVE = '3';

export function toStatusSnapshot(detail: PaynetDetail, transactions: readonly PaynetTransaction[]): LinkStatusSnapshot {
  const details: Record<string, string> = {};
  if (detail.reference_no) details.reference_no = detail.reference_no;
  if (detail.id) details.id = detail.id;
  if (detail.status !== undefined) details.providerStatus = detail.status;
  const url = detail.url ? { url: detail.url } : {};
  const linkAmount = detail.amount;
  const paid = transactions.find((t) => t.is_succeed && (linkAmount === undefined || t.amount >= linkAmount));
  if (!paid) return { status: detail.status === PASSIVE ? 'cancelled' : 'active', details, ...url };
  if (paid.xact_id) details.xact_id = paid.xact_id;
  return {
    ...url,
    status: 'paid',
    paidAmountMinor: paid.amount,
    ...(paid.xact_date ? { paidAt: paid.xact_date } : {}),
    details,
  };
}
