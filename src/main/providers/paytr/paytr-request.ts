import type { CreateLinkRequest } from '@shared/domain/link';
import { toPaytrCurrency, toPaytrDateTime } from '@shared/rules/paytr-rules';
import type { PaytrCreateFields, PaytrCreateOptional } from './paytr-client';
import type { PaytrCreateSigned } from './paytr-signing';

/**
 * A validated CreateLinkRequest as PayTR create fields (all strings, exactly as posted and
 * signed): price ×100 is already our minor unit, `TRY` → `TL`, expiry in Istanbul time.
 */
export function toPaytrCreateFields(req: CreateLinkRequest, options: { callbackLink?: string } = {}): PaytrCreateFields {
  const common = {
    name: req.description.trim(),
    price: String(req.amount.minor),
    currency: toPaytrCurrency(req.amount.currency) ?? req.amount.currency,
    max_installment: String(req.maxInstallments),
    lang: req.language,
  };
  let signed: PaytrCreateSigned;
  switch (req.linkType) {
    case 'collection':
      signed = { ...common, link_type: 'collection', email: req.customer.email ?? '' };
      break;
    case 'flex':
      signed = { ...common, link_type: 'flex' };
      break;
    default:
      // Sign exactly the min_count we post; PayTR requires it for product links.
      signed = { ...common, link_type: 'product', min_count: String(req.minQuantity ?? 1) };
  }
  const optional: PaytrCreateOptional = { get_qr: '1' };
  if (req.linkType === 'product' && req.stock !== undefined) optional.max_count = String(req.stock);
  if (req.cashPriceInstallments !== undefined) optional.pft = String(req.cashPriceInstallments);
  if (req.expiresAt !== undefined) optional.expiry_date = toPaytrDateTime(req.expiresAt) ?? undefined;
  if (req.linkType === 'flex') {
    optional.flex_max_price = String(req.maxAmountMinor ?? '');
    if (req.customer.name) optional.user_name = req.customer.name;
  }
  if (options.callbackLink !== undefined) {
    // Our reference is alphanumeric and ≤ 64, so it doubles as the callback_id a relay matches on.
    optional.callback_link = options.callbackLink;
    optional.callback_id = req.reference;
  }
  return { ...signed, ...optional };
}
