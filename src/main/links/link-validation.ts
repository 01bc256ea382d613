import type { ProviderCapabilities } from '../../shared/domain/capabilities';
import type { CreateLinkRequest } from '../../shared/domain/link';
import type { ProviderId } from '../../shared/domain/provider-id';
import { issue, type ValidationIssue } from '../../shared/domain/validation';
import { mobilePhoneIssues, printableTextIssues } from '../../shared/rules/text-rules';
import { validateIsbankLink } from '../../shared/rules/isbank-rules';
import { validateOduyoLink } from '../../shared/rules/oduyo-rules';
import { validatePaynetEmail, validatePaynetLink, validatePaynetPhone } from '../../shared/rules/paynet-rules';
import { validatePaytrCellPhone, validatePaytrEmail, validatePaytrLink } from '../../shared/rules/paytr-rules';

const providerRules: Record<ProviderId, (req: CreateLinkRequest, now: Date) => ValidationIssue[]> = {
  paytr: validatePaytrLink,
  paynet: validatePaynetLink,
  oduyo: validateOduyoLink,
  isbank: validateIsbankLink,
};

/**
 * Everything checked before a link request is written to the outbox: what the account's provider
 * can do at all (its capabilities), then the provider's own rules (the same the form shows).
 * One issue per field, the capability issue first.
 */
export function linkRequestIssues(
  provider: ProviderId,
  capabilities: ProviderCapabilities,
  req: CreateLinkRequest,
  now: Date,
): ValidationIssue[] {
  const issues = [
    ...capabilityIssues(capabilities, req),
    ...printableTextIssues(req),
    ...providerRules[provider](req, now),
    ...mobilePhoneIssues(req.customer.phone, 'customer.phone'),
  ];
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.field) ? false : (seen.add(i.field), true)));
}

function capabilityIssues(caps: ProviderCapabilities, req: CreateLinkRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!caps.linkTypes.includes(req.linkType)) {
    issues.push(issue('linkType', 'Bu hesap bu bağlantı türünü oluşturamaz.', 'This account cannot create this kind of link.'));
  }
  if (!caps.currencies.includes(req.amount.currency)) {
    issues.push(issue('amount.currency', 'Bu hesap bu para birimini kabul etmez.', 'This account does not take this currency.'));
  }
  if (!caps.installments && req.maxInstallments > 1) {
    issues.push(issue('maxInstallments', 'Bu hesapta taksit seçilemez.', 'This account offers no installment choice.'));
  }
  if (!caps.cashPriceInstallments && req.cashPriceInstallments !== undefined) {
    issues.push(issue('cashPriceInstallments', 'Bu hesapta peşin fiyatına taksit yok.', 'This account has no installments at cash price.'));
  }
  if (!caps.quantityAndStock && req.stock !== undefined) {
    issues.push(issue('stock', 'Bu hesapta adet ve stok seçilemez.', 'This account has no quantity or stock.'));
  }
  if (caps.requiresCustomerName && !req.customer.name?.trim()) {
    issues.push(issue('customer.name', 'Bu sağlayıcı müşterinin adını ister.', 'This provider needs the customer’s name.'));
  }
  if (req.notifyBySms && caps.providerSms === 'none') {
    issues.push(issue('notifyBySms', 'Bu sağlayıcı SMS göndermez.', 'This provider does not send SMS.'));
  }
  if (req.notifyByEmail && caps.providerEmail === 'none') {
    issues.push(issue('notifyByEmail', 'Bu sağlayıcı e-posta göndermez.', 'This provider does not send e-mail.'));
  }
  return issues;
}

/** Checks `to` of a provider SMS / e-mail before it is queued (the adapter checks again). */
export function sendTargetIssues(provider: ProviderId, channel: 'sms' | 'email', to: string): ValidationIssue[] {
  if (channel === 'sms') {
    if (!/^\+[1-9]\d{7,14}$/.test(to)) {
      return [issue('to', 'Telefon numarası +90… biçiminde olmalı.', 'The phone number must be in +90… form.')];
    }
    const own = provider === 'paytr' ? validatePaytrCellPhone(to, 'to') : provider === 'paynet' ? validatePaynetPhone(to, 'to') : [];
    return own.length > 0 ? own : mobilePhoneIssues(to, 'to');
  }
  return provider === 'paytr' ? validatePaytrEmail(to, 'to') : validatePaynetEmail(to, 'to');
}
