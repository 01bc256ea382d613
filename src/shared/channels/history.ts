import { z } from 'zod';
import { linkReferenceSchema } from '../domain/link';
import { historyFilterSchema, historyTotalsSchema, linkRecordSchema, linkSummarySchema } from '../domain/link-record';
import type { ChannelSpec } from './common';

export const HISTORY_PAGE_MAX = 500;

export const historyChannels = {
  /** One page of the filtered history, newest first, with totals for the whole filtered set. */
  'history:query': {
    input: z.strictObject({
      filter: historyFilterSchema,
      offset: z.number().int().nonnegative().max(10_000_000),
      limit: z.number().int().min(1).max(HISTORY_PAGE_MAX),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(linkSummarySchema), totals: historyTotalsSchema }),
  },
  'history:get': { input: z.strictObject({ reference: linkReferenceSchema }), output: linkRecordSchema },
  /** Writes the filtered set as CSV (UTF-8 with BOM, `;`-separated for Turkish Excel) where the user chooses. */
  'history:export': {
    input: z.strictObject({ filter: historyFilterSchema }),
    output: z.object({ saved: z.boolean(), rows: z.number().int(), fileName: z.string().max(300).optional() }),
  },
} as const satisfies Record<string, ChannelSpec>;
