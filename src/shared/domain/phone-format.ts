/**
 * Provider phone formats from the app's E.164 form. Only Turkish mobile numbers (+90 5XX …) can
 * receive a provider SMS, so anything else formats to `null`. Pure string functions; the lead may
 * later back the E.164 normalisation itself with libphonenumber-js.
 */
const TURKISH_MOBILE_E164 = /^\+905\d{9}$/;

export function isTurkishMobileE164(phone: string): boolean {
  return TURKISH_MOBILE_E164.test(phone);
}

/** `+905551234567` → `05551234567` (PayTR `cell_phone`: starts with 05, 11 digits). */
export function toPaytrCellPhone(phone: string): string | null {
  return isTurkishMobileE164(phone) ? `0${phone.slice(3)}` : null;
}

/** `+905551234567` → `5551234567` (Paynet `phone`: 10 digits without the leading 0). */
export function toPaynetPhone(phone: string): string | null {
  return isTurkishMobileE164(phone) ? phone.slice(3) : null;
}
