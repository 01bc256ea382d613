import { z } from 'zod';
import { linkUrlSchema } from '@shared/domain/link-url';
import { majorToMinor } from '@shared/domain/money';
import { AppFailure, type AppError } from '@shared/result';
import { providerText } from '../provider-http';

/**
 * Paynet answers, parsed defensively. HTTP 200 carries `{object_name, code, message, …}` with
 * success iff code is 0 (100 = "old successful"); other statuses carry
 * `{type, message, code, result_code}`.
 */
const intCode = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);
const scalarText = z.union([z.string(), z.number()]).transform(String);
const majorAmount = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const minor = majorToMinor(v);
  if (minor === null) {
    ctx.addIssue({ code: 'custom', message: 'not an amount' });
    return z.NEVER;
  }
  return minor;
});

export const paynetEnvelopeSchema = z.looseObject({ code: intCode, message: z.unknown().optional() });
export type PaynetEnvelope = z.infer<typeof paynetEnvelopeSchema>;

const errorEnvelopeSchema = z.looseObject({
  type: z.unknown().optional(),
  message: z.unknown().optional(),
  code: intCode.optional(),
  result_code: intCode.optional(),
});

export const isPaynetSuccess = (code: number) => code === 0 || code === 100;

/** Paynet result code 12: "no data". Detail and transaction/check turn it into "no record". */
export const PAYNET_NO_DATA = 12;

function messageOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? providerText(value) : undefined;
}

interface CallKind {
  action: string;
  sideEffect: boolean;
}

/** A 200 envelope whose code is not a success, as the app's error. */
export function paynetCodeError(envelope: PaynetEnvelope, call: CallKind): AppError {
  const message = messageOf(envelope.message);
  const extra = message ? { providerMessage: message } : {};
  const what = `Paynet ${call.action}: result code ${envelope.code}`;
  switch (envelope.code) {
    case 7: // unauthorized
      return AppFailure.of('auth-failed', what, extra).error;
    case 8: // server error
    case 10: // timeout: on a side effect we cannot know whether it happened
      return AppFailure.of(call.sideEffect ? 'ambiguous' : 'provider-unavailable', what, extra).error;
    case PAYNET_NO_DATA:
      return AppFailure.of('not-found', what, extra).error;
    default:
      return AppFailure.of('provider-rejected', what, extra).error;
  }
}

/** A non-200 answer that is not 429/5xx: Paynet's error envelope when it sent one. */
export function paynetStatusError(status: number, text: string, call: CallKind): AppError {
  let envelope: z.infer<typeof errorEnvelopeSchema> | undefined;
  try {
    const parsed = errorEnvelopeSchema.safeParse(JSON.parse(text));
    envelope = parsed.success ? parsed.data : undefined;
  } catch {
    envelope = undefined;
  }
  const message = messageOf(envelope?.message);
  const extra = message ? { providerMessage: message } : {};
  const what = `Paynet ${call.action}: HTTP ${status}`;
  if (status === 401 || status === 403) return AppFailure.of('auth-failed', `${what} (check the secret key)`, extra).error;
  // Only Paynet's own "no data" means no record; a bare 404 may be a wrong base URL.
  if (status === 404 && envelope?.result_code === PAYNET_NO_DATA) return AppFailure.of('not-found', what, extra).error;
  return AppFailure.of('provider-rejected', what, extra).error;
}

export const createdSchema = z.looseObject({
  url: linkUrlSchema,
  id: scalarText.optional(),
});

/** Rows may arrive as `Data` (documented) or `data`. */
export function rowsOf(body: Record<string, unknown>): unknown {
  return body.Data ?? body.data ?? [];
}

const succeeded = z.union([z.boolean(), z.number(), z.string()]).transform((v) => v === true || v === 1 || v === '1' || v === 'true');

export const transactionRowSchema = z.looseObject({
  xact_id: scalarText.optional(),
  xact_date: scalarText.optional(),
  amount: majorAmount,
  is_succeed: succeeded,
});
export type PaynetTransaction = z.infer<typeof transactionRowSchema>;
export const transactionRowsSchema = z.array(transactionRowSchema);

/** Detail fields the app uses; the rest is kept as-is. The link fields may sit under `Data`. */
export const detailSchema = z.looseObject({
  id: scalarText.optional(),
  reference_no: scalarText.optional(),
  amount: majorAmount.optional(),
  xact_id: scalarText.optional(),
  status: scalarText.optional(),
  expire_date: scalarText.optional(),
  create_date: scalarText.optional(),
  /** Not documented for detail; kept when present (it lets a lost create be recorded with its link). */
  url: linkUrlSchema.optional().catch(undefined),
});
export type PaynetDetail = z.infer<typeof detailSchema>;

export function detailBody(body: Record<string, unknown>): unknown {
  const inner = body.Data ?? body.data;
  if (Array.isArray(inner)) return inner[0] ?? body;
  return inner && typeof inner === 'object' ? inner : body;
}

export const listSchema = z.looseObject({
  has_more: z.boolean().optional(),
  total_count: z.number().int().nonnegative().optional(),
});
export const listRowsSchema = z.array(z.record(z.string(), z.unknown()));
