import { z } from 'zod';

/** İşbank PayByLink look-ups that fill the link form (merchant → branch, currency, installments). */
export const isbankMerchantSchema = z.object({
  merchantNo: z.string().regex(/^\d{1,20}$/),
  name: z.string().max(300).optional(),
});
export type IsbankMerchant = z.infer<typeof isbankMerchantSchema>;

export const isbankBranchSchema = z.object({
  branchNo: z.number().int().nonnegative(),
  name: z.string().max(300).optional(),
});
export type IsbankBranch = z.infer<typeof isbankBranchSchema>;

/** One installment option (1 = single payment). */
export const isbankInstallmentSchema = z.object({
  count: z.number().int().min(1).max(36),
  /** The rate or label İşbank shows for this option, kept as text. */
  detail: z.string().max(200).optional(),
});
export type IsbankInstallment = z.infer<typeof isbankInstallmentSchema>;

export const isbankMerchantQuerySchema = z.strictObject({
  merchantNo: z.string().regex(/^\d{1,20}$/),
  isDomestic: z.boolean().default(true),
});

export const isbankInstallmentQuerySchema = z.strictObject({
  merchantNo: z.string().regex(/^\d{1,20}$/),
  branchNo: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/).default('TRY'),
  isDomestic: z.boolean().default(true),
});
export type IsbankInstallmentQuery = z.infer<typeof isbankInstallmentQuerySchema>;
