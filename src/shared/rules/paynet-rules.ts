import type { CreateLinkRequest } from '../domain/link';
import { toPaynetPhone } from '../domain/phone-format';
import { issue, type ValidationIssue } from '../domain/validation';

/**
 * Paynet PayLink rules (docs/providers/paynet.md, source 002), checked before any request so the user
 * sees them in the form in Turkish and English. Field names are paths in CreateLinkRequest.
 */
export const PAYNET_REFERENCE_MAX = 50;
export const PAYNET_NAME_MAX = 200;

const HOUR_MS = 60 * 60 * 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Paynet's `expire_date` is a validity in whole hours; the app's expiry is one instant. Rounded
 * up so the link never dies before the time the user picked. Null when the instant is not a date.
 */
export function toPaynetExpireHours(expiresAt: string, now: Date): number | null {
  const ms = Date.parse(expiresAt);
  if (!Number.isFinite(ms)) return null;
  return Math.ceil((ms - now.getTime()) / HOUR_MS);
}

/** Every Paynet create rule; `now` enables the expiry checks (hours ≥ 1). */
export function validatePaynetLink(req: CreateLinkRequest, now?: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (req.linkType !== 'amount') {
    issues.push(issue('linkType', 'Paynet yalnızca tutarlı ödeme bağlantısı oluşturur.', 'Paynet creates fixed-amount links only.'));
  }
  if (req.amount.currency !== 'TRY') {
    issues.push(issue('amount.currency', 'Paynet bağlantıları yalnızca Türk lirası ile açılır.', 'Paynet links are in Turkish lira only.'));
  }
  if (!Number.isSafeInteger(req.amount.minor) || req.amount.minor <= 0) {
    issues.push(issue('amount.minor', 'Tutar sıfırdan büyük olmalı.', 'The amount must be greater than zero.'));
  }
  const name = req.customer.name?.trim() ?? '';
  if (name.length === 0) {
    issues.push(issue('customer.name', 'Paynet için müşterinin adı soyadı gerekli.', 'Paynet needs the customer’s full name.'));
  } else if (name.length > PAYNET_NAME_MAX) {
    issues.push(issue('customer.name', 'Ad soyad en fazla 200 karakter olabilir.', 'The full name can be at most 200 characters.'));
  }
  if (req.reference.length === 0 || req.reference.length > PAYNET_REFERENCE_MAX) {
    issues.push(issue('reference', 'Referans numarası 1 ile 50 karakter arasında olmalı.', 'The reference must be 1 to 50 characters.'));
  }
  if (req.notifyBySms) issues.push(...validatePaynetPhone(req.customer.phone));
  if (req.notifyByEmail) issues.push(...validatePaynetEmail(req.customer.email));
  issues.push(...unsupportedIssues(req));
  issues.push(...expiryIssues(req.expiresAt, now));
  return issues;
}

export function validatePaynetPhone(phoneE164: string | undefined, field = 'customer.phone'): ValidationIssue[] {
  if (!phoneE164) {
    return [issue(field, 'SMS ile göndermek için müşterinin cep telefonu gerekli.', 'A mobile number is needed to send the link by SMS.')];
  }
  if (toPaynetPhone(phoneE164) === null) {
    return [
      issue(
        field,
        'Paynet SMS’i yalnızca Türkiye’deki cep telefonlarına gönderir (5XX XXX XX XX).',
        'Paynet sends SMS only to Turkish mobile numbers (5XX XXX XX XX).',
      ),
    ];
  }
  return [];
}

export function validatePaynetEmail(email: string | undefined, field = 'customer.email'): ValidationIssue[] {
  if (!email) {
    return [issue(field, 'E-posta ile göndermek için müşterinin e-posta adresi gerekli.', 'An e-mail address is needed to send the link by e-mail.')];
  }
  if (!EMAIL.test(email)) return [issue(field, 'Geçerli bir e-posta adresi girin.', 'Enter a valid e-mail address.')];
  return [];
}

/** Options Paynet's PayLink has no field for: refuse them rather than silently drop them. */
function unsupportedIssues(req: CreateLinkRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (req.cashPriceInstallments !== undefined) {
    issues.push(
      issue('cashPriceInstallments', 'Paynet bağlantısında peşin fiyatına taksit seçilemez.', 'Paynet links have no installments at cash price.'),
    );
  }
  if (req.stock !== undefined || (req.minQuantity !== undefined && req.minQuantity !== 1)) {
    issues.push(issue('stock', 'Paynet bağlantısında adet ve stok seçilemez.', 'Paynet links have no quantity or stock.'));
  }
  if (req.maxAmountMinor !== undefined) {
    issues.push(issue('maxAmountMinor', 'Paynet bağlantısının tutarı sabittir.', 'A Paynet link has a fixed amount.'));
  }
  return issues;
}

function expiryIssues(expiresAt: string | undefined, now: Date | undefined): ValidationIssue[] {
  if (expiresAt === undefined) return [];
  if (!Number.isFinite(Date.parse(expiresAt))) {
    return [issue('expiresAt', 'Son kullanma zamanı geçersiz.', 'The expiry time is not valid.')];
  }
  if (now) {
    const hours = toPaynetExpireHours(expiresAt, now) ?? 0;
    if (hours < 1) {
      return [issue('expiresAt', 'Son kullanma zamanı gelecekte olmalı.', 'The expiry time must be in the future.')];
    }
    if (!Number.isSafeInteger(hours) || hours > 2_147_483_647) {
      return [issue('expiresAt', 'Son kullanma zamanı çok uzak.', 'The expiry time is too far away.')];
    }
  }
  return [];
}
