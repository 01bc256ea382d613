import { z } from 'zod';
import { verifyPaytrCallback, type PaytrKeys } from '../providers/paytr/paytr-signing';

/**
 * PayTR's callback (docs/providers/paytr.md), read defensively and judged with the store's own
 * keys. Genuine only when `hash` is base64(HMAC-SHA256(merchant_key, callback_id + merchant_oid +
 * merchant_salt + status + total_amount)), compared in constant time.
 */
const minor = z.string().regex(/^\d{1,15}$/);
const token = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const paytrFormSchema = z.object({
  merchant_oid: token,
  status: z.enum(['success', 'failed']),
  total_amount: minor,
  hash: z.string().min(1).max(200),
  // Our link reference (PayDesk sends it as callback_id with every create when a relay is set).
  callback_id: z.string().regex(/^[A-Za-z0-9]{1,64}$/),
  payment_amount: minor.optional(),
  payment_type: z.string().max(40).optional(),
  currency: z.string().max(10).optional(),
  test_mode: z.string().max(5).optional(),
  failed_reason_code: z.string().max(40).optional(),
  failed_reason_msg: z.string().max(300).optional(),
  merchant_id: z.string().max(40).optional(),
});

export interface PaytrCallback {
  /** callback_id: the PayDesk reference of the link. */
  reference: string;
  merchantOid: string;
  status: 'success' | 'failed';
  /** The text exactly as posted: the hash covers it byte for byte. */
  totalAmount: string;
  hash: string;
  paymentAmountMinor?: number;
  paymentType?: string;
  currency?: string;
  testMode: boolean;
  failedReasonCode?: string;
  failedReasonMessage?: string;
}

export type PaytrVerdict =
  | {
      kind: 'paid';
      reference: string;
      merchantOid: string;
      /** What the customer paid (may exceed the price: installment interest). */
      totalAmountMinor: number;
      /** The price the link asked, as PayTR reports it. */
      paymentAmountMinor?: number;
      paymentType?: string;
      currency?: string;
      testMode: boolean;
    }
  | { kind: 'failed'; reference: string; merchantOid: string; reasonCode?: string; reasonMessage?: string; testMode: boolean }
  | { kind: 'forged'; reference: string; merchantOid: string }
  | { kind: 'unreadable' };

/** The callback's fields, or undefined when the body is not a PayTR callback form at all. */
export function parsePaytrCallback(body: string): PaytrCallback | undefined {
  if (body.length > 16_384) return undefined;
  const form = new URLSearchParams(body);
  // A field given twice is ambiguous (which one did PayTR sign?): refuse rather than guess.
  const keys = [...form.keys()];
  if (new Set(keys).size !== keys.length) return undefined;
  const parsed = paytrFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return undefined;
  const f = parsed.data;
  return {
    reference: f.callback_id,
    merchantOid: f.merchant_oid,
    status: f.status,
    totalAmount: f.total_amount,
    hash: f.hash,
    ...(f.payment_amount !== undefined ? { paymentAmountMinor: Number(f.payment_amount) } : {}),
    ...(f.payment_type ? { paymentType: f.payment_type } : {}),
    ...(f.currency ? { currency: f.currency } : {}),
    testMode: f.test_mode === '1',
    ...(f.failed_reason_code ? { failedReasonCode: f.failed_reason_code } : {}),
    ...(f.failed_reason_msg ? { failedReasonMessage: f.failed_reason_msg } : {}),
  };
}

/** Whether the callback is genuine for these keys, and what it says. */
export function judgePaytrCallback(callback: PaytrCallback, keys: PaytrKeys): PaytrVerdict {
  const genuine = verifyPaytrCallback(keys, {
    callbackId: callback.reference,
    merchantOid: callback.merchantOid,
    status: callback.status,
    totalAmount: callback.totalAmount,
    hash: callback.hash,
  });
  const { reference, merchantOid, testMode } = callback;
  if (!genuine) return { kind: 'forged', reference, merchantOid };
  if (callback.status === 'failed') {
    return { kind: 'failed', reference, merchantOid, testMode, reasonCode: callback.failedReasonCode, reasonMessage: callback.failedReasonMessage };
  }
  return {
    kind: 'paid',
    reference,
    merchantOid,
    totalAmountMinor: Number(callback.totalAmount),
    ...(callback.paymentAmountMinor !== undefined ? { paymentAmountMinor: callback.paymentAmountMinor } : {}),
    ...(callback.paymentType ? { paymentType: callback.paymentType } : {}),
    ...(callback.currency ? { currency: callback.currency } : {}),
    testMode,
  };
}

/** Parse and judge in one: the verdict for a raw callback body. */
export function paytrVerdict(body: string, keys: PaytrKeys): PaytrVerdict {
  const callback = parsePaytrCallback(body);
  return callback ? judgePaytrCallback(callback, keys) : { kind: 'unreadable' };
}
