import { z } from 'zod';
import { linkReferenceSchema } from './link';
import type { LinkRecord } from './link-record';
import { currencySchema, MAX_MINOR } from './money';

/** What the "payment received" alert shows of one link that a status look-up saw paid. */
export const paidAlertSchema = z.object({
  reference: linkReferenceSchema,
  /** The paid amount when the provider said it, else the link's amount (0 is possible for open amounts). */
  amount: z.object({ minor: z.number().int().nonnegative().max(MAX_MINOR), currency: currencySchema }),
  customerName: z.string().max(200).optional(),
  description: z.string().max(200),
  accountLabel: z.string().max(80),
});
export type PaidAlert = z.infer<typeof paidAlertSchema>;

export function paidAlertOf(record: LinkRecord): PaidAlert {
  const name = record.customer.name?.trim();
  return {
    reference: record.reference,
    amount: { minor: record.paidAmountMinor ?? record.amount.minor, currency: record.amount.currency },
    ...(name ? { customerName: name } : {}),
    description: record.description,
    accountLabel: record.accountLabel,
  };
}
