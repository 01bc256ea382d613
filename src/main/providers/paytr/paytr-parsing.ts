import { z } from 'zod';
import { linkUrlSchema } from '@shared/domain/link-url';
import { AppFailure, type AppError, type Result } from '@shared/result';
import { providerText, unreadableAnswer, untrustedLinkAnswer } from '../provider-http';

/**
 * PayTR answers, parsed defensively. Every call answers `status` = success | error | failed; the
 * error text is documented as `reason` but the official samples read `err_msg`, so both are read.
 */
const scalarText = z.union([z.string(), z.number()]).transform(String);

export const paytrReplySchema = z.looseObject({
  status: z.enum(['success', 'error', 'failed']),
  reason: z.unknown().optional(),
  err_msg: z.unknown().optional(),
});
export type PaytrReply = z.infer<typeof paytrReplySchema>;

/** `reason ?? err_msg`, when either is readable text. */
export function reasonOf(reply: PaytrReply): string | undefined {
  for (const value of [reply.reason, reply.err_msg]) {
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return providerText(String(value));
  }
  return undefined;
}

/** Token and merchant problems are credential problems; everything else PayTR refuses is final. */
const AUTH_REASON = /paytr_token|merchant_id/i;

export function paytrRefusal(reply: PaytrReply, action: string): AppError {
  const reason = reasonOf(reply);
  const extra = reason ? { providerMessage: reason } : {};
  if (reason && AUTH_REASON.test(reason)) {
    return AppFailure.of('auth-failed', `PayTR did not accept the credentials (${action})`, extra).error;
  }
  return AppFailure.of('provider-rejected', `PayTR refused the request (${action}, status ${reply.status})`, extra).error;
}

/** The JSON body as a PayTR reply, or the unreadable-answer error for this kind of call. */
export function parsePaytrReply(text: string, sideEffect: boolean): Result<PaytrReply> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: unreadableAnswer('PayTR', sideEffect) };
  }
  const parsed = paytrReplySchema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: unreadableAnswer('PayTR', sideEffect) };
}

const createdSchema = z.object({
  id: scalarText.pipe(z.string().regex(/^[A-Za-z0-9]{1,64}$/)),
  link: linkUrlSchema,
});

export interface PaytrCreated {
  id: string;
  link: string;
  qrPngBase64?: string;
}

/** A successful create: `id` and `link`, plus the QR when a plausible field carries a PNG. */
export function parseCreated(reply: PaytrReply): Result<PaytrCreated> {
  const parsed = createdSchema.safeParse(reply);
  if (!parsed.success) {
    const badLink = parsed.error.issues.some((issue) => issue.path[0] === 'link');
    return { ok: false, error: badLink ? untrustedLinkAnswer('PayTR') : unreadableAnswer('PayTR', true) };
  }
  const qr = findQrPng(reply);
  return { ok: true, value: { id: parsed.data.id, link: parsed.data.link, ...(qr ? { qrPngBase64: qr } : {}) } };
}

/** The QR's field name is undocumented; these are the names seen in clients and guessed ones. */
const QR_FIELDS = ['base64_qr', 'qr', 'qr_code', 'qr_img', 'qr_image', 'qrcode', 'qr_base64'] as const;
const PNG_BASE64_START = 'iVBORw0KGgo'; // base64 of the 8-byte PNG signature
const MAX_QR_CHARS = 1_000_000;

export function findQrPng(reply: Record<string, unknown>): string | undefined {
  for (const field of QR_FIELDS) {
    const value = reply[field];
    if (typeof value !== 'string') continue;
    const base64 = value.replace(/^data:image\/png;base64,/i, '').replace(/\s+/g, '');
    if (base64.length <= MAX_QR_CHARS && base64.startsWith(PNG_BASE64_START) && /^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
      return base64;
    }
  }
  return undefined;
}

const idList = z.array(scalarText).optional();
const deleteListsSchema = z.object({ success_deletes: idList, failed_deletes: idList });

export interface PaytrDeleteResult {
  deleted: string[];
  failed: string[];
}

/**
 * Per-id results of a delete. The bulk answer lists `success_deletes` / `failed_deletes`; a
 * single-id answer is a plain success or failure. Ids the answer does not mention count as failed.
 */
export function parseDeleteResult(reply: PaytrReply, ids: readonly string[]): Result<PaytrDeleteResult> {
  const lists = deleteListsSchema.safeParse(reply);
  if (!lists.success) return { ok: false, error: unreadableAnswer('PayTR', true) };
  const { success_deletes: ok, failed_deletes: failedIds } = lists.data;
  if (ok === undefined && failedIds === undefined) {
    if (reply.status === 'success') return { ok: true, value: { deleted: [...ids], failed: [] } };
    return { ok: false, error: paytrRefusal(reply, 'delete') };
  }
  const deleted = ids.filter((id) => ok?.includes(id));
  return { ok: true, value: { deleted, failed: ids.filter((id) => !deleted.includes(id)) } };
}

const reportRowsSchema = z.array(z.record(z.string(), z.unknown()));

/**
 * Transaction report rows. PayTR answers `failed` when the window has no transactions, so a
 * `failed` that is not about credentials is an empty list; `error` is a real error.
 */
export function parseReport(reply: PaytrReply): Result<Array<Record<string, unknown>>> {
  if (reply.status === 'error') return { ok: false, error: paytrRefusal(reply, 'report') };
  if (reply.status === 'failed') {
    const reason = reasonOf(reply);
    if (reason && AUTH_REASON.test(reason)) return { ok: false, error: paytrRefusal(reply, 'report') };
    return { ok: true, value: [] };
  }
  const raw = reply.data ?? reply.returns ?? [];
  const rows = reportRowsSchema.safeParse(raw);
  return rows.success ? { ok: true, value: rows.data } : { ok: false, error: unreadableAnswer('PayTR', false) };
}
