import { z } from 'zod';
import { linkUrlSchema } from '@shared/domain/link-url';
import { parseJson } from '../provider-http';

/**
 * Ödüyo's answers, read defensively. Bodies are `{status, data|message}`; get_link's `data` is a
 * JSON *string* (source 000) that is parsed a second time; lists are rows of strings.
 */

export const envelopeSchema = z.object({
  status: z.union([z.boolean(), z.literal('true'), z.literal('false'), z.literal(1), z.literal(0)]).optional(),
  message: z.unknown().optional(),
  data: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const isRefusal = (body: Envelope): boolean => body.status === false || body.status === 'false' || body.status === 0;

const linkDataSchema = z.object({
  url: z.string().trim().pipe(linkUrlSchema),
  paymentsendid: z.union([z.string().trim().min(1).max(200), z.number().int()]).transform(String),
});
export type OduyoLinkData = z.infer<typeof linkDataSchema>;

/** `data` of get_link / payLink/getlink: a JSON string (documented) or, leniently, an object. */
export function parseLinkData(data: unknown): OduyoLinkData | 'untrusted-url' | undefined {
  const inner = typeof data === 'string' ? parseJson(data) : data;
  const parsed = linkDataSchema.safeParse(inner);
  if (parsed.success) return parsed.data;
  // A URL is there but not one PayDesk passes on (another scheme, invisible characters, too long).
  return parsed.error.issues.some((issue) => issue.path[0] === 'url' && issue.code === 'custom') ? 'untrusted-url' : undefined;
}

/** A cell as Ödüyo sends it (strings; numbers tolerated), kept as a string. */
const cell = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? undefined : String(v).trim()));

export const customerRowSchema = z.object({
  id: z.union([z.string().trim().regex(/^\d{1,20}$/), z.number().int().nonnegative()]).transform(String),
  name: cell,
  email: cell,
  telephone: cell,
  status: cell,
  balance: cell,
  current_card_code: cell,
  tax_number: cell,
  tc_number: cell,
});

export const paymentRowSchema = z.object({
  paymentsend_id: cell,
  status: cell,
  total_with_commison: cell,
  total_without_commison: cell,
  currency_type: cell,
  installment_number: cell,
  customer_id: cell,
  email: cell,
  created_in: cell,
});
export type OduyoPaymentRow = z.infer<typeof paymentRowSchema>;

/**
 * The rows of a list answer. Undocumented shape, so accepted as: `data` an array, `data` a JSON
 * string of an array (like get_link), or `data.rows` / `data.data` / `data.list`. Rows that do not
 * match the row schema are skipped rather than failing the whole list.
 */
export function listRows<T extends z.ZodType>(data: unknown, row: T): z.infer<T>[] | undefined {
  let value = typeof data === 'string' ? parseJson(data) : data;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const inner = value as Record<string, unknown>;
    value = [inner.rows, inner.data, inner.list].find(Array.isArray);
  }
  if (value === null || (typeof data === 'string' && data.trim() === '')) return [];
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item) => {
    const parsed = row.safeParse(item);
    return parsed.success ? [parsed.data as z.infer<T>] : [];
  });
}

/** `Customer successfully added id <4>` (with or without the angle brackets) → `4`. */
export function customerIdFromText(text: string): string | undefined {
  return /\bid\s*[:=]?\s*<?\s*(\d{1,20})\s*>?/i.exec(text)?.[1];
}

/** Looks for the new customer id in the answer's `data`, `message`, `id` or the raw text. */
export function newCustomerId(json: unknown, text: string): string | undefined {
  if (json && typeof json === 'object') {
    const body = json as Record<string, unknown>;
    for (const value of [body.data, body.message]) {
      if (typeof value === 'string') {
        const id = customerIdFromText(value);
        if (id) return id;
      }
    }
    const data = body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : {};
    for (const value of [data.id, body.id]) {
      if ((typeof value === 'string' && /^\d{1,20}$/.test(value)) || (typeof value === 'number' && Number.isInteger(value))) {
        return String(value);
      }
    }
    return undefined;
  }
  return customerIdFromText(typeof json === 'string' ? json : text);
}
