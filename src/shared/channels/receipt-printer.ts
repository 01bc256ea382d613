import { z } from 'zod';
import { dayEndRangeSchema } from '../domain/day-end-report';
import { linkReferenceSchema } from '../domain/link';
import { noInput, type ChannelSpec } from './common';

export const serialPortInfoSchema = z.object({
  path: z.string().max(200),
  manufacturer: z.string().max(200).optional(),
});
export type SerialPortInfo = z.infer<typeof serialPortInfoSchema>;

const printed = z.object({
  /** Where the slip went: `192.168.1.50:9100`, `/dev/ttyUSB0 · 9600`. */
  printer: z.string().max(300),
  /** The size of the ESC/POS job, for the log and support. */
  bytes: z.number().int().nonnegative(),
});

/**
 * Direct ESC/POS printing to the counter's receipt printer (Settings → Printer). Main builds the
 * bytes from history and settings; the renderer names only the link.
 */
export const receiptPrinterChannels = {
  'receipt:print': { input: z.strictObject({ reference: linkReferenceSchema }), output: printed },
  /** The day-end report of these days as a slip (main reads history for it). */
  'receipt:print-day-end': { input: dayEndRangeSchema, output: printed },
  /** A sample slip with every Turkish letter and a QR code, with the saved settings. */
  'receipt:test-print': { input: noInput, output: printed },
  'receipt:serial-ports': { input: noInput, output: z.array(serialPortInfoSchema) },
} as const satisfies Record<string, ChannelSpec>;
