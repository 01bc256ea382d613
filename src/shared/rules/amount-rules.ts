import { MAX_MINOR, parseAmount } from '../domain/money';
import { issue, type ValidationIssue } from '../domain/validation';

/** The shop's own upper amount until it sets one (Settings): 50.000,00 in the link's currency. */
export const DEFAULT_AMOUNT_LIMIT_MINOR = 50_000_00;

export type AmountReading = { ok: true; minor: number } | { ok: false; issue: ValidationIssue };

/**
 * What a typed amount means, with a message that says what is actually wrong: empty, negative or
 * zero, more than two decimals, or not a number at all. The form and main share it.
 */
export function readAmountText(text: string, field = 'amount'): AmountReading {
  const trimmed = text.trim();
  if (trimmed === '') return bad(field, 'Tutarı yazın, örneğin 1.250,50.', 'Type the amount, for example 1.250,50.');
  if (/^[-−–]/.test(trimmed) && parseAmount(trimmed.slice(1)) !== null) {
    return bad(field, 'Tutar sıfırdan büyük olmalı.', 'The amount must be greater than zero.');
  }
  const minor = parseAmount(trimmed);
  if (minor === null) {
    if (hasTooManyDecimals(trimmed)) {
      return bad(field, 'Tutarda en fazla iki ondalık basamak olabilir (kuruş), örneğin 1.250,50.', 'The amount can have at most two decimals, for example 1.250,50.');
    }
    if (/^[\d.,\s₺]+$/.test(trimmed) && Number(trimmed.replace(/\D/g, '')) > MAX_MINOR / 100) {
      return bad(field, 'Bu tutar çok büyük.', 'This amount is far too large.');
    }
    return bad(field, 'Tutarı rakamla yazın, örneğin 1.250,50.', 'Type the amount in digits, for example 1.250,50.');
  }
  if (minor <= 0) return bad(field, 'Tutar sıfırdan büyük olmalı.', 'The amount must be greater than zero.');
  return { ok: true, minor };
}

/** `1.250,505`, `12,345`, `1250.505`: a decimal part of three or more digits that is not a thousands group. */
function hasTooManyDecimals(text: string): boolean {
  const compact = text.replace(/[\s\u00a0₺]|TL|TRY/gi, '');
  const comma = /^\d[\d.]*,(\d{3,})$/.exec(compact);
  if (comma) return true;
  // A single dot followed by four or more digits cannot be a thousands group either.
  return /^\d+\.\d{4,}$/.test(compact);
}

/** True when the amount is above the shop's limit and needs the owner to confirm it in words. */
export function isAboveShopLimit(minor: number, limitMinor: number): boolean {
  return minor > limitMinor;
}

/**
 * Main's side of the shop limit: a request above it must carry the confirmation the form asks for
 * (the renderer is untrusted; a request without it is refused, never sent).
 */
export function shopLimitIssues(minor: number, limitMinor: number, confirmed: boolean): ValidationIssue[] {
  if (!isAboveShopLimit(minor, limitMinor) || confirmed) return [];
  return [
    issue(
      'amount',
      'Bu tutar dükkânın üst sınırının üstünde; göndermeden önce onaylanmalı.',
      'This amount is above the shop’s upper limit; it must be confirmed before it is sent.',
    ),
  ];
}

function bad(field: string, tr: string, en: string): AmountReading {
  return { ok: false, issue: issue(field, tr, en) };
}
