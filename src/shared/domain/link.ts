import { z } from 'zod';
import { linkUrlSchema } from './link-url';
import { languageSchema } from './language';
import { moneySchema } from './money';

/**
 * Link kinds across providers: PayTR `product` / `collection` / `flex`, Ödüyo `open-amount`,
 * and the generic `amount` link (Paynet, Ödüyo get_link, İşbank PayByLink).
 */
export const linkTypes = ['amount', 'product', 'collection', 'flex', 'open-amount'] as const;
export const linkTypeSchema = z.enum(linkTypes);
export type LinkType = z.infer<typeof linkTypeSchema>;

/** The app's own reference for a link: sent to providers that accept one, and the outbox key. */
export const linkReferenceSchema = z.string().regex(/^PD[0-9A-Z]{10,30}$/);

export const customerSchema = z.object({
  name: z.string().trim().max(200).optional(),
  /** E.164, e.g. +905551234567; adapters format it per provider. */
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
  email: z.string().trim().max(100).email().optional(),
  /** Ödüyo customer account ("cari") id. */
  oduyoCustomerId: z.string().regex(/^\d{1,20}$/).optional(),
});
export type Customer = z.infer<typeof customerSchema>;

/** İşbank PayByLink picks merchant, branch and domestic/foreign cards. */
export const isbankLinkOptionsSchema = z.object({
  merchantNo: z.string().regex(/^\d{1,20}$/),
  branchNo: z.number().int().nonnegative(),
  isDomestic: z.boolean(),
});

/** A validated, provider-neutral request to create one link. Adapters translate it. */
export const createLinkRequestSchema = z.object({
  reference: linkReferenceSchema,
  linkType: linkTypeSchema,
  amount: moneySchema,
  /** flex links: the most the payer may enter. */
  maxAmountMinor: z.number().int().positive().optional(),
  description: z.string().trim().min(1).max(200),
  customer: customerSchema,
  /** Highest installment count offered (1 = single payment). */
  maxInstallments: z.number().int().min(1).max(12),
  /** Installments at cash price up to this count (PayTR pft). */
  cashPriceInstallments: z.number().int().min(2).max(12).optional(),
  minQuantity: z.number().int().min(1).optional(),
  stock: z.number().int().min(1).optional(),
  /** One instant; each adapter converts it to its provider's form. Absent = provider default. */
  expiresAt: z.string().datetime({ offset: true }).optional(),
  language: languageSchema,
  /** Ask the provider to send the link itself while creating it (Paynet send_sms/send_mail). */
  notifyBySms: z.boolean().default(false),
  notifyByEmail: z.boolean().default(false),
  isbank: isbankLinkOptionsSchema.optional(),
});
export type CreateLinkRequest = z.infer<typeof createLinkRequestSchema>;

/** What a provider returns for a new link, normalised. */
export const createdLinkSchema = z.object({
  /** The same schema history stores the URL with: what an adapter accepts, history can keep. */
  url: linkUrlSchema,
  /** Provider-side identifiers (PayTR id, Paynet id/reference_no, Ödüyo paymentsendid …). */
  providerRefs: z.record(z.string(), z.string()),
  /** PayTR's get_qr PNG, base64, when the provider made one. */
  qrPngBase64: z.string().optional(),
});
export type CreatedLink = z.infer<typeof createdLinkSchema>;

export const linkStatuses = ['active', 'paid', 'expired', 'cancelled', 'failed', 'unknown'] as const;
export const linkStatusSchema = z.enum(linkStatuses);
export type LinkStatus = z.infer<typeof linkStatusSchema>;

/** A provider's answer to "what happened to this link?". */
export const linkStatusSnapshotSchema = z.object({
  status: linkStatusSchema,
  paidAmountMinor: z.number().int().nonnegative().optional(),
  paidAt: z.string().optional(),
  /** The link's URL when the look-up tells it (used to record a link whose create answer was lost). */
  url: linkUrlSchema.optional(),
  /** Facts worth keeping verbatim (xact_id, payment_id, …). */
  details: z.record(z.string(), z.string()).default({}),
  /** The provider's identifiers of the link, recorded when its create answer was lost and a look-up found it. */
  providerRefs: z.record(z.string(), z.string()).optional(),
});
export type LinkStatusSnapshot = z.infer<typeof linkStatusSnapshotSchema>;
