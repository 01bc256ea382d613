import { createHmac } from 'node:crypto';

/**
 * The PayTR emulator's own reading of the documents (docs/providers/paytr.md, sources 001/003): token
 * recomputation and field rules. Written independently of src/main so a signing bug in the app
 * cannot be mirrored here.
 */
export const TOKEN_REASON = 'paytr_token gonderilmedi veya gecersiz';
export const INVALID_ID_REASON = 'Process failed. Invalid id.';

export interface PaytrEmulatorKeys {
  merchantId: string;
  merchantKey: string;
  merchantSalt: string;
}

export const tokenOf = (keys: PaytrEmulatorKeys, message: string): string =>
  createHmac('sha256', keys.merchantKey)
    .update(message + keys.merchantSalt, 'utf8')
    .digest('base64');

/** The callback hash: `callback_id + merchant_oid + merchant_salt + status + total_amount` (salt in the middle). */
export const callbackHashOf = (keys: PaytrEmulatorKeys, f: { callbackId: string; merchantOid: string; status: string; totalAmount: string }): string =>
  createHmac('sha256', keys.merchantKey)
    .update(f.callbackId + f.merchantOid + keys.merchantSalt + f.status + f.totalAmount, 'utf8')
    .digest('base64');

/** "Required field invalid or not sent", naming the field only with `debug_on=1`, as PayTR does. */
export function requiredReason(field: string, call: string, debug: boolean): string {
  const base = 'Zorunlu alan degeri gecersiz veya gonderilmedi';
  return debug ? `${base} (Link API - ${call}): ${field}` : base;
}

export function optionalReason(field: string, call: string, debug: boolean): string {
  const base = 'Alan degeri gecersiz';
  return debug ? `${base} (Link API - ${call}): ${field}` : base;
}

const isInt = (value: string | null, min: number, max: number): boolean =>
  value !== null && /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `YYYY-MM-DD HH:MM:SS` in Istanbul time (UTC+3) as epoch ms, or null. */
export function istanbulMs(text: string | null): number | null {
  if (text === null || !DATETIME.test(text)) return null;
  const ms = Date.parse(`${text.replace(' ', 'T')}+03:00`);
  return Number.isFinite(ms) ? ms : null;
}

export function istanbulText(ms: number): string {
  const iso = new Date(ms + 3 * 3600_000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** Which create fields are required for a link type, in the order PayTR would complain. */
export function requiredCreateFields(linkType: string | null): string[] {
  const base = ['merchant_id', 'name', 'price', 'max_installment', 'link_type', 'lang', 'paytr_token'];
  if (linkType === 'product') return [...base, 'min_count'];
  if (linkType === 'collection') return [...base, 'email'];
  if (linkType === 'flex') return [...base, 'flex_max_price'];
  return base;
}

/** The create token message before the salt, from the posted strings. */
export function createMessage(form: URLSearchParams): string {
  const get = (name: string) => form.get(name) ?? '';
  const common = get('name') + get('price') + get('currency') + get('max_installment') + get('link_type') + get('lang');
  if (get('link_type') === 'product') return common + get('min_count');
  if (get('link_type') === 'collection') return common + get('email');
  return common;
}

/** The first broken value rule of a create, as [field, required?], or undefined when all pass. */
export function brokenCreateRule(form: URLSearchParams, nowMs: number): [string, boolean] | undefined {
  const get = (name: string) => form.get(name);
  const has = (name: string) => form.has(name) && form.get(name) !== '';
  const linkType = get('link_type');
  const nameLength = [...(get('name') ?? '')].length;
  const checks: Array<[string, boolean, boolean]> = [
    ['name', true, nameLength >= 4 && nameLength <= 200],
    ['price', true, isInt(get('price'), 1, Number.MAX_SAFE_INTEGER)],
    ['currency', true, ['', 'TL', 'EUR', 'USD', 'GBP', 'RUB'].includes(get('currency') ?? '')],
    ['max_installment', true, isInt(get('max_installment'), 1, 12)],
    ['link_type', true, ['product', 'collection', 'flex'].includes(linkType ?? '')],
    ['lang', true, ['', 'tr', 'en'].includes(get('lang') ?? '')],
    ['min_count', true, linkType !== 'product' || isInt(get('min_count'), 1, Number.MAX_SAFE_INTEGER)],
    ['email', true, linkType !== 'collection' || (EMAIL.test(get('email') ?? '') && (get('email') ?? '').length <= 100)],
    ['flex_max_price', true, linkType !== 'flex' || (isInt(get('flex_max_price'), 1, Number.MAX_SAFE_INTEGER) && Number(get('flex_max_price')) > Number(get('price')))],
    ['max_count', false, !has('max_count') || (linkType === 'product' && isInt(get('max_count'), 1, Number.MAX_SAFE_INTEGER))],
    ['pft', false, !has('pft') || isInt(get('pft'), 2, 12)],
    ['expiry_date', false, !has('expiry_date') || (istanbulMs(get('expiry_date')) ?? 0) > nowMs],
    ['callback_link', false, !has('callback_link') || callbackLinkOk(get('callback_link') ?? '')],
    ['callback_id', false, has('callback_link') ? /^[A-Za-z0-9]{1,64}$/.test(get('callback_id') ?? '') : !has('callback_id') || /^[A-Za-z0-9]{1,64}$/.test(get('callback_id') ?? '')],
    ['debug_on', false, !has('debug_on') || ['0', '1'].includes(get('debug_on') ?? '')],
    ['get_qr', false, !has('get_qr') || ['0', '1'].includes(get('get_qr') ?? '')],
  ];
  const broken = checks.find(([, , ok]) => !ok);
  return broken ? [broken[0], broken[1]] : undefined;
}

function callbackLinkOk(link: string): boolean {
  if (link.length > 400 || !/^https?:\/\//i.test(link)) return false;
  if (/^https?:\/\/[^/?#]*:\d*(?=[/?#]|$)/i.test(link)) return false;
  try {
    return !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(new URL(link).hostname);
  } catch {
    return false;
  }
}

export const isCellPhone = (value: string | null): boolean => value !== null && /^05\d{9}$/.test(value);
export const isEmail = (value: string | null): boolean => value !== null && value.length <= 100 && EMAIL.test(value);
