import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString as parseWithTypes } from 'libphonenumber-js/max';

/**
 * Phone numbers as people type them (`0555 123 45 67`, `555-123-45-67`, `+90 555 123 4567`,
 * `0044 7911 123456`) to the app's one form, E.164 (`+905551234567`). Turkey is the default
 * region, so a number without a country code is read as Turkish. Adapters format E.164 further
 * per provider (src/shared/domain/phone-format.ts).
 */
export type PhoneParse = { ok: true; e164: string } | { ok: false; reason: 'empty' | 'invalid' };

export const DEFAULT_PHONE_REGION: CountryCode = 'TR';

export function normalisePhone(input: string, region: CountryCode = DEFAULT_PHONE_REGION): PhoneParse {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // Only what a phone number is written with: anything else (letters, "tel:") is a typo, not noise to skip.
  if (!/^[+\d\s().\-/]+$/.test(text)) return { ok: false, reason: 'invalid' };
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false });
  if (!parsed || !parsed.isValid() || parsed.ext) return { ok: false, reason: 'invalid' };
  return { ok: true, e164: parsed.number };
}

/** For display: Turkish numbers the national way (`0555 123 45 67`), others internationally. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'TR' ? parsed.formatNational() : parsed.formatInternational();
}

export type PhoneKind = 'mobile' | 'fixed-line' | 'other';

/**
 * What kind of line an E.164 number is, from libphonenumber's full metadata: SMS and WhatsApp
 * reach only mobiles. Numbers a country does not tell apart (`FIXED_LINE_OR_MOBILE`, as in the
 * US) count as mobile; VoIP, toll-free and the like as "other".
 */
export function phoneKind(e164: string): PhoneKind {
  const type = parseWithTypes(e164)?.getType();
  if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || type === undefined) return 'mobile';
  return type === 'FIXED_LINE' ? 'fixed-line' : 'other';
}
