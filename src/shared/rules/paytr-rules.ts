import type { CreateLinkRequest } from '../domain/link';
import { istanbulDateTimeText } from '../domain/istanbul-time';
import type { Currency } from '../domain/money';
import { toPaytrCellPhone } from '../domain/phone-format';
import { issue, type ValidationIssue } from '../domain/validation';

/**
 * PayTR Link API rules (docs/providers/paytr.md, sources 001/003), checked before any request so the
 * user sees them in the form in Turkish and English. Field names are paths in CreateLinkRequest.
 */
export const PAYTR_NAME_MIN = 4;
export const PAYTR_NAME_MAX = 200;
export const PAYTR_EMAIL_MAX = 100;
export const PAYTR_CALLBACK_LINK_MAX = 400;
export const PAYTR_CALLBACK_ID_MAX = 64;
export const PAYTR_DELETE_MAX_IDS = 10;

const currencyCodes: Record<Currency, string> = { TRY: 'TL', EUR: 'EUR', USD: 'USD', GBP: 'GBP', RUB: 'RUB' };
const paytrLinkTypes = ['product', 'collection', 'flex'] as const;
export type PaytrLinkType = (typeof paytrLinkTypes)[number];

export function isPaytrLinkType(type: string): type is PaytrLinkType {
  return (paytrLinkTypes as readonly string[]).includes(type);
}

/** The app's ISO currency as PayTR writes it (`TRY` → `TL`), or null when PayTR has no such currency. */
export function toPaytrCurrency(currency: string): string | null {
  return Object.hasOwn(currencyCodes, currency) ? currencyCodes[currency as Currency] : null;
}

/** An instant as PayTR's `YYYY-MM-DD HH:MM:SS` in Istanbul time; null when it is not a date. */
export function toPaytrDateTime(instant: Date | string): string | null {
  return istanbulDateTimeText(typeof instant === 'string' ? new Date(instant) : instant);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const isIntIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

export function validatePaytrEmail(email: string | undefined, field = 'customer.email'): ValidationIssue[] {
  if (!email) return [issue(field, 'E-posta adresi gerekli.', 'An e-mail address is required.')];
  if (email.length > PAYTR_EMAIL_MAX) {
    return [issue(field, 'E-posta adresi en fazla 100 karakter olabilir.', 'The e-mail address can be at most 100 characters.')];
  }
  if (!EMAIL.test(email)) return [issue(field, 'Geçerli bir e-posta adresi girin.', 'Enter a valid e-mail address.')];
  return [];
}

export function validatePaytrCellPhone(phoneE164: string | undefined, field = 'customer.phone'): ValidationIssue[] {
  if (!phoneE164) return [issue(field, 'Cep telefonu numarası gerekli.', 'A mobile phone number is required.')];
  if (toPaytrCellPhone(phoneE164) === null) {
    return [
      issue(
        field,
        'PayTR SMS’i yalnızca Türkiye’deki cep telefonlarına gönderir (05XX XXX XX XX).',
        'PayTR sends SMS only to Turkish mobile numbers (05XX XXX XX XX).',
      ),
    ];
  }
  return [];
}

/** `callback_link` / `callback_id` (only used with a relay; a desktop app cannot receive callbacks). */
export function validatePaytrCallback(link: string | undefined, id: string | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (link !== undefined) {
    if (!/^https?:\/\//i.test(link)) {
      issues.push(issue('callbackLink', 'Bildirim adresi http:// veya https:// ile başlamalı.', 'The callback URL must start with http:// or https://.'));
    } else {
      const host = hostOf(link);
      if (host === null) issues.push(issue('callbackLink', 'Bildirim adresi geçersiz.', 'The callback URL is not valid.'));
      else if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(host)) {
        issues.push(issue('callbackLink', 'Bildirim adresi localhost olamaz.', 'The callback URL cannot be localhost.'));
      }
      if (/^https?:\/\/[^/?#]*:\d*(?=[/?#]|$)/i.test(link)) {
        issues.push(issue('callbackLink', 'Bildirim adresi port içeremez.', 'The callback URL cannot contain a port.'));
      }
    }
    if (link.length > PAYTR_CALLBACK_LINK_MAX) {
      issues.push(issue('callbackLink', 'Bildirim adresi en fazla 400 karakter olabilir.', 'The callback URL can be at most 400 characters.'));
    }
    if (id === undefined) {
      issues.push(issue('callbackId', 'Bildirim adresi için bir bildirim kimliği gerekli.', 'A callback URL needs a callback id.'));
    }
  }
  if (id !== undefined && (!ALPHANUMERIC.test(id) || id.length > PAYTR_CALLBACK_ID_MAX)) {
    issues.push(
      issue(
        'callbackId',
        'Bildirim kimliği yalnızca harf ve rakamdan oluşmalı, en fazla 64 karakter.',
        'The callback id must be letters and digits only, at most 64 characters.',
      ),
    );
  }
  return issues;
}

/** Ids for one delete call: 1–10 PayTR ids (alphanumeric, since they are joined with commas). */
export function validatePaytrLinkIds(ids: readonly string[]): ValidationIssue[] {
  if (ids.length < 1 || ids.length > PAYTR_DELETE_MAX_IDS) {
    return [issue('ids', 'Tek seferde 1 ile 10 arasında bağlantı silinebilir.', 'Between 1 and 10 links can be deleted at once.')];
  }
  if (!ids.every((id) => ALPHANUMERIC.test(id))) {
    return [issue('ids', 'PayTR bağlantı kimliği geçersiz.', 'A PayTR link id is not valid.')];
  }
  return [];
}

/** Every PayTR create rule; `now` enables the "expiry in the future" check. */
export function validatePaytrLink(req: CreateLinkRequest, now?: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = req.description.trim();
  const nameLength = [...name].length;
  if (nameLength < PAYTR_NAME_MIN || nameLength > PAYTR_NAME_MAX) {
    issues.push(
      issue('description', 'Açıklama en az 4, en fazla 200 karakter olmalı.', 'The description must be 4 to 200 characters long.'),
    );
  }
  if (!isPaytrLinkType(req.linkType)) {
    issues.push(
      issue('linkType', 'PayTR bağlantı türü ürün, tahsilat veya esnek tutar olmalı.', 'A PayTR link must be a product, collection or flex link.'),
    );
  }
  if (!Number.isSafeInteger(req.amount.minor) || req.amount.minor <= 0) {
    issues.push(issue('amount.minor', 'Tutar sıfırdan büyük ve tam kuruş olmalı.', 'The amount must be a positive whole number of kuruş.'));
  }
  if (toPaytrCurrency(req.amount.currency) === null) {
    issues.push(
      issue('amount.currency', 'PayTR yalnızca TL, EUR, USD, GBP ve RUB kabul eder.', 'PayTR accepts only TL, EUR, USD, GBP and RUB.'),
    );
  }
  if (!isIntIn(req.maxInstallments, 1, 12)) {
    issues.push(issue('maxInstallments', 'Taksit sayısı 1 ile 12 arasında olmalı.', 'Installments must be between 1 and 12.'));
  }
  if (req.cashPriceInstallments !== undefined && !isIntIn(req.cashPriceInstallments, 2, 12)) {
    issues.push(
      issue(
        'cashPriceInstallments',
        'Peşin fiyatına taksit sayısı 2 ile 12 arasında olmalı.',
        'Installments at cash price must be between 2 and 12.',
      ),
    );
  }
  issues.push(...quantityIssues(req));
  if (req.linkType === 'collection') issues.push(...validatePaytrEmail(req.customer.email));
  if (req.linkType === 'flex' && !(Number.isSafeInteger(req.maxAmountMinor) && (req.maxAmountMinor ?? 0) > req.amount.minor)) {
    issues.push(
      issue(
        'maxAmountMinor',
        'Esnek tutarlı bağlantıda en yüksek tutar, en düşük tutardan büyük olmalı.',
        'A flex link needs a maximum amount above the minimum amount.',
      ),
    );
  }
  if (req.notifyBySms) issues.push(...validatePaytrCellPhone(req.customer.phone));
  if (req.notifyByEmail && req.linkType !== 'collection') issues.push(...validatePaytrEmail(req.customer.email));
  issues.push(...expiryIssues(req.expiresAt, now));
  return issues;
}

function quantityIssues(req: CreateLinkRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (req.linkType === 'product') {
    if (req.minQuantity !== undefined && !isIntIn(req.minQuantity, 1, Number.MAX_SAFE_INTEGER)) {
      issues.push(issue('minQuantity', 'En az adet 1 veya daha fazla olmalı.', 'The minimum quantity must be at least 1.'));
    }
    if (req.stock !== undefined && !isIntIn(req.stock, 1, Number.MAX_SAFE_INTEGER)) {
      issues.push(issue('stock', 'Stok adedi en az 1 olmalı.', 'The stock must be at least 1.'));
    }
    return issues;
  }
  if (req.stock !== undefined) {
    issues.push(issue('stock', 'Stok adedi yalnızca ürün bağlantılarında kullanılabilir.', 'Stock applies only to product links.'));
  }
  if (req.minQuantity !== undefined && req.minQuantity !== 1) {
    issues.push(
      issue('minQuantity', 'En az adet yalnızca ürün bağlantılarında kullanılabilir.', 'A minimum quantity applies only to product links.'),
    );
  }
  return issues;
}

function expiryIssues(expiresAt: string | undefined, now: Date | undefined): ValidationIssue[] {
  if (expiresAt === undefined) return [];
  if (toPaytrDateTime(expiresAt) === null) {
    return [issue('expiresAt', 'Son kullanma zamanı geçersiz.', 'The expiry time is not valid.')];
  }
  if (now && Date.parse(expiresAt) <= now.getTime()) {
    return [issue('expiresAt', 'Son kullanma zamanı gelecekte olmalı.', 'The expiry time must be in the future.')];
  }
  return [];
}

function hostOf(link: string): string | null {
  try {
    return new URL(link).hostname;
  } catch {
    return null;
  }
}
