import { z } from 'zod';

export const currencies = ['TRY', 'EUR', 'USD', 'GBP', 'RUB'] as const;
export const currencySchema = z.enum(currencies);
export type Currency = z.infer<typeof currencySchema>;

/** Amounts are integer minor units (kuruş, cent) everywhere inside the app. */
export const MAX_MINOR = 100_000_000_000_00; // 100 billion in major units: far above any link
export const moneySchema = z.object({
  minor: z.number().int().positive().max(MAX_MINOR),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

/**
 * Parses an amount the way a Turkish shop owner types it, exactly (no floating point):
 * `1.250,50`, `1250,5`, `1250.50`, `1.250`, `1 250,50`, `₺1.250,50`.
 * A lone dot followed by exactly three digits is a thousands separator (`1.250` = 1250);
 * with one or two digits it is a decimal point (`1250.5`). Returns minor units or null.
 */
export function parseAmount(input: string): number | null {
  const text = input.replace(/[\s\u00a0₺]|TL|TRY/gi, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integerPart: string;
  let fraction = '';
  if (lastComma >= 0) {
    // Comma is the decimal separator; dots before it must be thousands groups.
    if (text.indexOf(',') !== lastComma || lastDot > lastComma) return null;
    integerPart = text.slice(0, lastComma);
    fraction = text.slice(lastComma + 1);
    if (!isGrouped(integerPart, '.')) return null;
  } else if (lastDot >= 0) {
    const dots = text.split('.').length - 1;
    const tail = text.slice(lastDot + 1);
    if (dots === 1 && tail.length !== 3) {
      integerPart = text.slice(0, lastDot);
      fraction = tail;
    } else {
      if (!isGrouped(text, '.')) return null;
      integerPart = text;
    }
  } else {
    integerPart = text;
  }
  if (fraction.length > 2 || !/^\d*$/.test(fraction)) return null;
  const digits = integerPart.replaceAll('.', '');
  if (!/^\d+$/.test(digits)) return null;
  const minor = Number(digits) * 100 + Number((fraction + '00').slice(0, 2));
  return Number.isSafeInteger(minor) && minor <= MAX_MINOR ? minor : null;
}

function isGrouped(text: string, separator: string): boolean {
  if (!text.includes(separator)) return /^\d+$/.test(text);
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

const symbols: Record<Currency, string> = { TRY: '₺', EUR: '€', USD: '$', GBP: '£', RUB: '₽' };

/** `1.250,50 ₺` — Turkish grouping and decimal comma, symbol after the number. */
export function formatMoney(money: Money): string {
  return `${formatMinor(money.minor)} ${symbols[money.currency]}`;
}

export function formatMinor(minor: number): string {
  const negative = minor < 0;
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole},${cents}`;
}

/** Major units as a decimal string without float error: 125050 → "1250.50". */
export function minorToMajorString(minor: number): string {
  return `${Math.floor(minor / 100)}.${(minor % 100).toString().padStart(2, '0')}`;
}

/** Major units as a JSON number for providers that take decimals (Paynet, Ödüyo, İşbank). */
export function minorToMajorNumber(minor: number): number {
  return Number(minorToMajorString(minor));
}

/** Exact conversion of a provider's major-unit number or string back to minor units. */
export function majorToMinor(major: number | string): number | null {
  const text = typeof major === 'number' ? major.toFixed(2) : major.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const minor = Number(match[1]) * 100 + Number(((match[2] ?? '') + '00').slice(0, 2));
  return Number.isSafeInteger(minor) ? minor : null;
}
