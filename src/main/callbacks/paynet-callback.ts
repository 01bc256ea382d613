import { z } from 'zod';

/**
 * Paynet's confirmation_url POST (docs/providers/paynet.md). No signature is documented, so it is
 * never trusted by itself: it only names the link to confirm with transaction/check.
 */
const reference = z.string().trim().min(1).max(50);

const paynetBodySchema = z.object({
  // The documents spell it `referance_no`; accept the plain spelling too.
  referance_no: reference.optional(),
  reference_no: reference.optional(),
  amount: z.union([z.number(), z.string().regex(/^\d{1,12}([.,]\d{1,2})?$/)]).optional(),
  is_succeed: z.union([z.boolean(), z.string().max(10)]).optional(),
  order_id: z.union([z.string().max(100), z.number()]).optional(),
  xact_date: z.string().max(40).optional(),
});

export type PaynetVerdict =
  | {
      kind: 'needs-check';
      reference: string;
      /** What the callback claims, for diagnostics only (the check decides). */
      claimedAmountMinor?: number;
      claimedTransaction?: string;
    }
  | { kind: 'unreadable' };

const toMinor = (amount: number | string | undefined): number | undefined => {
  if (amount === undefined) return undefined;
  const value = typeof amount === 'number' ? amount : Number(amount.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : undefined;
};

export function paynetVerdict(body: string): PaynetVerdict {
  let json: unknown;
  try {
    json = body.length <= 16_384 ? JSON.parse(body) : undefined;
  } catch {
    return { kind: 'unreadable' };
  }
  const parsed = paynetBodySchema.safeParse(json);
  if (!parsed.success) return { kind: 'unreadable' };
  const f = parsed.data;
  const ref = f.referance_no ?? f.reference_no;
  // Both spellings with different values: which link is meant is not clear.
  if (!ref || (f.referance_no && f.reference_no && f.referance_no !== f.reference_no)) return { kind: 'unreadable' };
  const claimedAmountMinor = toMinor(f.amount);
  return {
    kind: 'needs-check',
    reference: ref,
    ...(claimedAmountMinor !== undefined ? { claimedAmountMinor } : {}),
    ...(f.order_id !== undefined ? { claimedTransaction: String(f.order_id) } : {}),
  };
}
