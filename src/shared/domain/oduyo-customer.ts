import { z } from 'zod';

/** An Ödüyo customer account ("cari"): every link is created for one. */
export const oduyoCustomerSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  name: z.string().max(300).optional(),
  email: z.string().max(300).optional(),
  telephone: z.string().max(50).optional(),
  /** `1` active, `2` passive. */
  status: z.string().max(10).optional(),
  balance: z.string().max(50).optional(),
  cardCode: z.string().max(100).optional(),
});
export type OduyoCustomer = z.infer<typeof oduyoCustomerSchema>;

/** What the shop owner types to create a customer account while creating a link. */
export const oduyoCustomerDraftSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['person', 'organisation']).default('person'),
  email: z.string().trim().max(100).email().optional(),
  /** E.164, e.g. +905321234567. */
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
  /** TC kimlik no (persons), 11 digits. */
  tcNumber: z.string().regex(/^\d{11}$/).optional(),
  /** Vergi no (organisations), 10 digits. */
  taxNumber: z.string().regex(/^\d{10}$/).optional(),
  /** The shop's own code for the account ("cari kart kodu"). */
  cardCode: z.string().trim().max(50).optional(),
});
export type OduyoCustomerDraft = z.infer<typeof oduyoCustomerDraftSchema>;

/** A search in the customer list: free text (name, e-mail, phone or id) and a page. */
export const oduyoCustomerQuerySchema = z.strictObject({
  text: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type OduyoCustomerQuery = z.infer<typeof oduyoCustomerQuerySchema>;
