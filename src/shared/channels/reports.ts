import { z } from 'zod';
import { dayEndRangeSchema, dayEndReportSchema } from '../domain/day-end-report';
import { silentNeedsPrinter, slipPrintFields } from './print';
import type { ChannelSpec } from './common';

/** The day-end report (gün sonu): links made in a range of Istanbul days and what became of them. */
export const reportChannels = {
  'reports:day-end': { input: dayEndRangeSchema, output: dayEndReportSchema },
  /** The same report as CSV (Turkish Excel conventions, as the history export) where the user chooses. */
  'reports:day-end-export': {
    input: dayEndRangeSchema,
    output: z.object({ saved: z.boolean(), fileName: z.string().max(300).optional() }),
  },
  /**
   * Prints the day-end slip the renderer has drawn in its print-only area, like `print:slip` does
   * for a link: the paper and printer travel, never the content.
   */
  'reports:print-day-end': {
    input: silentNeedsPrinter(z.strictObject(slipPrintFields)),
    output: z.object({ printed: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;
