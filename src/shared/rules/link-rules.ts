import type { ProviderCapabilities } from '../domain/capabilities';
import type { CreateLinkRequest } from '../domain/link';
import type { ProviderId } from '../domain/provider-id';
import { issue, type ValidationIssue } from '../domain/validation';
import { validateIsbankLink } from './isbank-rules';
import { validateOduyoLink } from './oduyo-rules';
import { validatePaynetLink } from './paynet-rules';
import { validatePaytrLink } from './paytr-rules';

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
  if (req.notifyBySms && caps.providerSms === 'none') {
    issues.push(issue('notifyBySms', 'Bu sağlayıcı SMS göndermez.', 'This provider does not send SMS.'));
  }
  if (req.notifyByEmail && caps.providerEmail === 'none') {
    issues.push(issue('notifyByEmail', 'Bu sağlayıcı e-posta göndermez.', 'This provider does not send e-mail.'));
  }
  return issues;
}
