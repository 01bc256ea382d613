import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * PayTR tokens: base64(HMAC-SHA256(key = merchant_key, message = UTF-8(fields… + merchant_salt))).
 * Fields are joined with no separator and must be byte-identical to the posted form values.
 * Pure functions; tested against the worked vectors of docs/providers/paytr.md.
 */
export interface PaytrKeys {
  merchantKey: string;
  merchantSalt: string;
}

export function paytrHmac(merchantKey: string, message: string): string {
  return createHmac('sha256', Buffer.from(merchantKey, 'utf8')).update(message, 'utf8').digest('base64');
}

/** The signed create fields, exactly as posted (strings). Optional fields are never signed. */
export type PaytrCreateSigned = {
  name: string;
  price: string;
  currency: string;
  max_installment: string;
  lang: string;
} & ({ link_type: 'product'; min_count: string } | { link_type: 'collection'; email: string } | { link_type: 'flex' });

/** The create message before the salt: product ends with min_count, collection with email. */
export function paytrCreateMessage(f: PaytrCreateSigned): string {
  const common = f.name + f.price + f.currency + f.max_installment + f.link_type + f.lang;
  switch (f.link_type) {
    case 'product':
      return common + f.min_count;
    case 'collection':
      return common + f.email;
    case 'flex':
      return common;
  }
}

export function paytrCreateToken(keys: PaytrKeys, fields: PaytrCreateSigned): string {
  return paytrHmac(keys.merchantKey, paytrCreateMessage(fields) + keys.merchantSalt);
}

/** delete: `id + merchant_id + salt`; `id` is the comma-joined list exactly as posted. */
export function paytrDeleteToken(keys: PaytrKeys, f: { id: string; merchantId: string }): string {
  return paytrHmac(keys.merchantKey, f.id + f.merchantId + keys.merchantSalt);
}

/** send-sms: `id + merchant_id + cell_phone + salt`. */
export function paytrSmsToken(keys: PaytrKeys, f: { id: string; merchantId: string; cellPhone: string }): string {
  return paytrHmac(keys.merchantKey, f.id + f.merchantId + f.cellPhone + keys.merchantSalt);
}

/** send-email: `id + merchant_id + email + salt`. */
export function paytrEmailToken(keys: PaytrKeys, f: { id: string; merchantId: string; email: string }): string {
  return paytrHmac(keys.merchantKey, f.id + f.merchantId + f.email + keys.merchantSalt);
}

/** rapor/islem-dokumu: `merchant_id + start_date + end_date + salt`. */
export function paytrReportToken(keys: PaytrKeys, f: { merchantId: string; startDate: string; endDate: string }): string {
  return paytrHmac(keys.merchantKey, f.merchantId + f.startDate + f.endDate + keys.merchantSalt);
}

export interface PaytrCallbackFields {
  callbackId: string;
  merchantOid: string;
  status: string;
  totalAmount: string;
}

/** The callback hash: `callback_id + merchant_oid + salt + status + total_amount` (salt in the middle). */
export function paytrCallbackHash(keys: PaytrKeys, f: PaytrCallbackFields): string {
  return paytrHmac(keys.merchantKey, f.callbackId + f.merchantOid + keys.merchantSalt + f.status + f.totalAmount);
}

/** True iff `hash` is the genuine callback hash; compares in constant time (for a later relay). */
export function verifyPaytrCallback(keys: PaytrKeys, f: PaytrCallbackFields & { hash: string }): boolean {
  const expected = Buffer.from(paytrCallbackHash(keys, f), 'utf8');
  const given = Buffer.from(f.hash, 'utf8');
  // timingSafeEqual needs equal lengths; compare against itself so the timing does not depend on
  // where a wrong-length hash differs.
  if (given.length !== expected.length) {
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(given, expected);
}
