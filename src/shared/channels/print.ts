import { z } from 'zod';
import { linkReferenceSchema } from '../domain/link';
import { paperSizeSchema } from '../domain/settings';
import { ROLL_MAX_HEIGHT_MM } from '../print/paper';
import { done, noInput, type ChannelSpec } from './common';

export const printerInfoSchema = z.object({
  /** The system name the OS knows the printer by (what printing needs). */
  name: z.string().max(200),
  displayName: z.string().max(200),
  description: z.string().max(500).optional(),
});
export type PrinterInfo = z.infer<typeof printerInfoSchema>;

/** The slip's measured height in mm (receipt rolls are cut after it); A4 ignores it. */
const slipHeightMm = z.number().positive().max(ROLL_MAX_HEIGHT_MM).optional();

/** Paper and printer for a slip the renderer has drawn (a link's, the day-end report's). */
export const slipPrintFields = {
  paper: paperSizeSchema,
  slipHeightMm,
  /** Absent: the system print dialog lets the user choose. */
  printerName: z.string().min(1).max(200).optional(),
  /** Print without the system dialog; only with a chosen printer. */
  silent: z.boolean(),
};

/** Printing without a dialog needs a printer to print on. */
export function silentNeedsPrinter<T extends z.ZodType<{ silent: boolean; printerName?: string | undefined }>>(schema: T) {
  return schema.refine((input) => !input.silent || input.printerName !== undefined, {
    path: ['silent'],
    message: 'Printing without a dialog needs a chosen printer',
  });
}

/**
 * Counter printing. Main prints the window's own page: the renderer has already drawn the slip in
 * its print-only area, so these channels carry the paper and printer choice, never the content.
 */
export const printChannels = {
  'print:printers': { input: noInput, output: z.array(printerInfoSchema) },
  'print:slip': {
    input: silentNeedsPrinter(z.strictObject({ reference: linkReferenceSchema, ...slipPrintFields })),
    /** `printed: false` when the user cancelled the system dialog. */
    output: z.object({ printed: z.boolean() }),
  },
  /** Saves the slip as a PDF where the user chooses. */
  'print:pdf': {
    input: z.strictObject({ reference: linkReferenceSchema, paper: paperSizeSchema, slipHeightMm }),
    output: z.object({ saved: z.boolean(), fileName: z.string().max(300).optional() }),
  },
  /** The customer-facing QR view: on a second screen when there is one, else the window goes full screen. */
  'display:open': {
    input: z.strictObject({ reference: linkReferenceSchema }),
    output: z.object({ placement: z.enum(['second-screen', 'full-screen']) }),
  },
  'display:close': { input: noInput, output: done },
} as const satisfies Record<string, ChannelSpec>;
