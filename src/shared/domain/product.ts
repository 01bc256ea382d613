import { z } from 'zod';
import { linkTypeSchema } from './link';
import { moneySchema } from './money';
import { providerCapabilities } from './provider-capabilities';
import { providerIds, type ProviderId } from './provider-id';

export const productIdSchema = z.string().regex(/^pr_[a-z0-9]{8,32}$/);
export const PRODUCT_NAME_MAX = 60;
export const MAX_PRODUCTS = 2000;
/** Quick-amount buttons on the link form. */
export const MAX_QUICK_AMOUNTS = 6;

/** What a product presets on one provider's link form; only what that provider supports. */
export const productProviderOptionsSchema = z.strictObject({
  linkType: linkTypeSchema.optional(),
  maxInstallments: z.number().int().min(1).max(12).optional(),
});
export type ProductProviderOptions = z.infer<typeof productProviderOptionsSchema>;

const optionsByProviderSchema = z
  .strictObject(Object.fromEntries(providerIds.map((p) => [p, productProviderOptionsSchema.optional()])) as Record<ProviderId, z.ZodOptional<typeof productProviderOptionsSchema>>)
  .superRefine((options, ctx) => {
    for (const provider of providerIds) {
      const problem = unsupportedOption(provider, options[provider]);
      if (problem) ctx.addIssue({ code: 'custom', path: [provider, problem], message: `${provider} has no such ${problem}` });
    }
  });

/** `linkType` or `maxInstallments` when the provider cannot take it, else undefined. */
export function unsupportedOption(provider: ProviderId, options: ProductProviderOptions | undefined): keyof ProductProviderOptions | undefined {
  if (!options) return undefined;
  const caps = providerCapabilities[provider];
  if (options.linkType && !caps.linkTypes.includes(options.linkType)) return 'linkType';
  if (options.maxInstallments !== undefined && options.maxInstallments > 1 && !caps.installments) return 'maxInstallments';
  return undefined;
}

/** What the user edits (Settings, a CSV row). */
export const productDraftSchema = z.strictObject({
  name: z.string().trim().min(1).max(PRODUCT_NAME_MAX),
  price: moneySchema,
  vatIncluded: z.boolean(),
  options: optionsByProviderSchema.optional(),
});
export type ProductDraft = z.infer<typeof productDraftSchema>;

/** One entry of the shop's local catalogue: a repeat sale picked on the link form. */
export const productSchema = productDraftSchema.extend({ id: productIdSchema });
export type Product = z.infer<typeof productSchema>;

/** The quick-amount buttons: amounts in kuruş, in the order shown. */
export const quickAmountsSchema = z.array(moneySchema.shape.minor).max(MAX_QUICK_AMOUNTS);
