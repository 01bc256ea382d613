import type { ProviderCapabilities } from '../domain/capabilities';
import type { CreateLinkRequest } from '../domain/link';
import type { ProviderId } from '../domain/provider-id';
import { issue, type ValidationIssue } from '../domain/validation';
import { validateIsbankLink } from './isbank-rules';
import { validateOduyoLink } from './oduyo-rules';
import { validatePaynetEmail, validatePaynetLink, validatePaynetPhone } from './paynet-rules';
import { validatePaytrCellPhone, validatePaytrEmail, validatePaytrLink } from './paytr-rules';
import { mobilePhoneIssues, printableTextIssues } from './text-rules';

/**
 * Everything checked about a link request: what the account's provider can do at all (its
 * capabilities), text the providers and the printer can carry, the provider's own rules, a mobile
 * number. The form shows these as the user types; main checks the same before writing the intent.
 * One issue per field, the capability issue first.
 */
export function linkRequestIssues(provider: ProviderId, capabilities: ProviderCapabilities, req: CreateLinkRequest, now: Date): ValidationIssue[] {
  const issues = [
    ...capabilityIssues(capabilities, req),
    ...printableTextIssues(req),
    ...validateLinkForProvider(provider, req, now),
    // After the provider's own rule, whose words name the provider.
    ...(capabilities.requiresCustomerName && !req.customer.name?.trim()
      ? [issue('customer.name', 'Bu sağlayıcı müşterinin adını ister.', 'This provider needs the customer’s name.')]
      : []),
    // After the provider's own phone rule, which names the provider when it applies.
    ...mobilePhoneIssues(req.customer.phone, 'customer.phone'),
  ];
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.field) ? false : (seen.add(i.field), true)));
}

/**
 * The number or address of a provider SMS / e-mail of an existing link (field `to`): E.164, the
 * provider's own rule, a mobile. The form checks it before asking main; main checks again.
 */
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

/**
 * Every rule a provider puts on a new link, by provider: the form shows these inline before
 * sending, and main checks the same ones again. `now` enables the expiry checks.
 */
export function validateLinkForProvider(provider: ProviderId, req: CreateLinkRequest, now: Date): ValidationIssue[] {
  switch (provider) {
    case 'paytr':
      return validatePaytrLink(req, now);
    case 'paynet':
      return validatePaynetLink(req, now);
    case 'oduyo':
      return validateOduyoLink(req, now);
    case 'isbank':
      return validateIsbankLink(req, now);
  }
}

/** Options the provider does not offer at all (the form never shows them; a stale draft might carry them). */
export function capabilityIssues(caps: ProviderCapabilities, req: CreateLinkRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!caps.linkTypes.includes(req.linkType)) {
    issues.push(issue('linkType', 'Bu hesap bu link türünü oluşturamaz.', 'This account cannot create this kind of link.'));
  }
  if (!caps.currencies.includes(req.amount.currency)) {
    issues.push(issue('amount.currency', 'Bu hesap bu para birimini kabul etmez.', 'This account does not accept this currency.'));
  }
  if (!caps.installments && req.maxInstallments > 1) {
    issues.push(issue('maxInstallments', 'Bu hesapta taksit seçilemez.', 'This account offers no installments.'));
  }
  if (!caps.cashPriceInstallments && req.cashPriceInstallments !== undefined) {
    issues.push(issue('cashPriceInstallments', 'Bu hesapta peşin fiyatına taksit yok.', 'This account has no installments at cash price.'));
  }
  if (!caps.quantityAndStock && req.stock !== undefined) {
    issues.push(issue('stock', 'Bu hesapta adet ve stok seçilemez.', 'This account has no quantity or stock.'));
  }
  if (req.notifyBySms && caps.providerSms === 'none') {
    issues.push(issue('notifyBySms', 'Bu sağlayıcı SMS göndermez.', 'This provider does not send SMS.'));
  }
  if (req.notifyByEmail && caps.providerEmail === 'none') {
    issues.push(issue('notifyByEmail', 'Bu sağlayıcı e-posta göndermez.', 'This provider does not send e-mail.'));
  }
  return issues;
}
