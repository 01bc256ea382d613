import { z } from 'zod';

/**
 * The counter's receipt printer for direct ESC/POS printing. `system` = the printer's driver
 * through the system print path (the slip preview); `network` = raw TCP (port 9100 on most
 * Ethernet/Wi-Fi receipt printers); `serial` = a serial or USB-serial port.
 */
export const receiptPrinterKinds = ['system', 'network', 'serial'] as const;
export const receiptPrinterKindSchema = z.enum(receiptPrinterKinds);
export type ReceiptPrinterKind = z.infer<typeof receiptPrinterKindSchema>;

export const receiptPaperWidths = ['58mm', '80mm'] as const;
export type ReceiptPaperWidth = (typeof receiptPaperWidths)[number];

/** CP857 (Turkish DOS) is what almost every ESC/POS printer has; some also carry Windows-1254. */
export const receiptCodePages = ['cp857', 'cp1254'] as const;
export type ReceiptCodePage = (typeof receiptCodePages)[number];

/** `native` = the printer's own QR command (GS ( k); `raster` = the QR drawn as an image (GS v 0). */
export const receiptQrModes = ['native', 'raster'] as const;
export type ReceiptQrMode = (typeof receiptQrModes)[number];

export const receiptCuts = ['partial', 'full', 'none'] as const;
export type ReceiptCut = (typeof receiptCuts)[number];

export const serialBaudRates = [9600, 19200, 38400, 57600, 115200] as const;

/** A host name or an IPv4/IPv6 address: letters, digits, dots, dashes and colons only. */
export const printerHostSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|[0-9A-Fa-f:.]+)$/);

/** A device path or COM name as the OS lists it; never control characters. */
export const serialPathSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f]+$/);

export const receiptPrinterSchema = z
  .object({
    kind: receiptPrinterKindSchema,
    host: printerHostSchema.optional(),
    port: z.number().int().min(1).max(65_535),
    serialPath: serialPathSchema.optional(),
    baudRate: z.union(serialBaudRates.map((rate) => z.literal(rate))),
    paper: z.enum(receiptPaperWidths),
    codePage: z.enum(receiptCodePages),
    /** The printer's own number for the code page in `ESC t n`, for printers that do not use Epson's (CP857 = 13, CP1254 = 48). */
    codePageNumber: z.number().int().min(0).max(255).optional(),
    qr: z.enum(receiptQrModes),
    cut: z.enum(receiptCuts),
    /** Opens the cash drawer (ESC p) after each slip. */
    cashDrawer: z.boolean(),
  })
  .refine((p) => p.kind !== 'network' || p.host !== undefined, { path: ['host'], message: 'A network printer needs its address' })
  .refine((p) => p.kind !== 'serial' || p.serialPath !== undefined, { path: ['serialPath'], message: 'A serial printer needs its port' });
export type ReceiptPrinter = z.infer<typeof receiptPrinterSchema>;

export const defaultReceiptPrinter: ReceiptPrinter = {
  kind: 'system',
  port: 9100,
  baudRate: 9600,
  paper: '80mm',
  codePage: 'cp857',
  qr: 'native',
  cut: 'partial',
  cashDrawer: false,
};

/** Epson's numbers for `ESC t n`, which most ESC/POS clones follow. */
export const epsonCodePageNumbers: Record<ReceiptCodePage, number> = { cp857: 13, cp1254: 48 };

/** True when slips go straight to a receipt printer rather than through the system print path. */
export function printsDirectly(printer: ReceiptPrinter | undefined): printer is ReceiptPrinter & { kind: 'network' | 'serial' } {
  return printer !== undefined && printer.kind !== 'system';
}

/** Where the slip goes, for the timeline and messages: `192.168.1.50:9100` or `/dev/ttyUSB0`. */
export function receiptPrinterAddress(printer: ReceiptPrinter): string {
  if (printer.kind === 'network') return `${printer.host?.includes(':') ? `[${printer.host}]` : printer.host}:${printer.port}`;
  if (printer.kind === 'serial') return `${printer.serialPath} · ${printer.baudRate}`;
  return 'system';
}
