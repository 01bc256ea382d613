import { z } from 'zod';
import { productDraftSchema, productIdSchema, productSchema, quickAmountsSchema } from '../domain/product';
import { localizedTextSchema, userTextSchema } from '../result';
import { done, noInput, type ChannelSpec } from './common';

/** The shop's catalogue and quick amounts: Settings edits them, the link form picks from them. */
export const productChannels = {
  'products:list': { input: noInput, output: z.object({ products: z.array(productSchema), quickAmounts: quickAmountsSchema }) },
  /** Adds a product (without id) or replaces the one with this id. */
  'products:save': { input: z.strictObject({ id: productIdSchema.optional(), product: productDraftSchema }), output: productSchema },
  'products:delete': { input: z.strictObject({ id: productIdSchema }), output: done },
  'products:set-quick-amounts': { input: z.strictObject({ amounts: quickAmountsSchema }), output: done },
  /** Main asks for the file (an open dialog); good rows are added, bad ones named by line and reason. */
  'products:import-csv': {
    input: noInput,
    output: z.object({
      opened: z.boolean(),
      imported: z.number().int().nonnegative(),
      /** Main's own words (a catalog key), or the shared amount rule's issue in both languages. */
      bad: z.array(z.object({ line: z.number().int().positive(), reason: z.union([userTextSchema, localizedTextSchema]) })).max(1000),
    }),
  },
  /** The catalogue as CSV (Turkish Excel conventions) where the user chooses. */
  'products:export-csv': {
    input: noInput,
    output: z.object({ saved: z.boolean(), fileName: z.string().max(300).optional() }),
  },
} as const satisfies Record<string, ChannelSpec>;
