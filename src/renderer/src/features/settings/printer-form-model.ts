import {
  defaultReceiptPrinter,
  printerHostSchema,
  receiptPrinterSchema,
  serialPathSchema,
  type ReceiptPrinter,
} from '@shared/domain/receipt-printer';

/** Settings → Printer as the form holds it: numbers as typed, every connection kept while another kind is chosen. */
export interface PrinterForm extends Omit<ReceiptPrinter, 'host' | 'port' | 'serialPath' | 'codePageNumber'> {
  host: string;
  port: string;
  serialPath: string;
  codePageNumber: string;
}

type ErrorKey = 'receipt.hostInvalid' | 'receipt.portInvalid' | 'receipt.serialPathInvalid' | 'receipt.codePageNumberInvalid';
export type PrinterFormErrors = Partial<Record<'host' | 'port' | 'serialPath' | 'codePageNumber', ErrorKey>>;

export function printerForm(saved: ReceiptPrinter | undefined): PrinterForm {
  const printer = saved ?? defaultReceiptPrinter;
  return {
    ...printer,
    host: printer.host ?? '',
    port: String(printer.port),
    serialPath: printer.serialPath ?? '',
    codePageNumber: printer.codePageNumber === undefined ? '' : String(printer.codePageNumber),
  };
}

const wholeNumber = (text: string): number | undefined => (/^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** The settings to save, or which fields to fix (only the chosen kind's connection must be complete). */
export function printerFromForm(form: PrinterForm): { printer: ReceiptPrinter; errors?: never } | { printer?: never; errors: PrinterFormErrors } {
  const errors: PrinterFormErrors = {};
  const host = form.host.trim();
  const serialPath = form.serialPath.trim();
  const port = wholeNumber(form.port);
  const codePageNumber = form.codePageNumber.trim() === '' ? undefined : wholeNumber(form.codePageNumber);
  if (form.kind === 'network' && !printerHostSchema.safeParse(host).success) errors.host = 'receipt.hostInvalid';
  if (port === undefined || port < 1 || port > 65_535) errors.port = 'receipt.portInvalid';
  if (form.kind === 'serial' && !serialPathSchema.safeParse(serialPath).success) errors.serialPath = 'receipt.serialPathInvalid';
  if (form.codePageNumber.trim() !== '' && (codePageNumber === undefined || codePageNumber > 255)) {
    errors.codePageNumber = 'receipt.codePageNumberInvalid';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const candidate = {
    ...form,
    // A connection that is filled in but not chosen is kept only when valid, for switching back.
    host: printerHostSchema.safeParse(host).success ? host : undefined,
    serialPath: serialPathSchema.safeParse(serialPath).success ? serialPath : undefined,
    port: port ?? defaultReceiptPrinter.port,
    codePageNumber,
  };
  const parsed = receiptPrinterSchema.safeParse(candidate);
  return parsed.success ? { printer: parsed.data } : { errors: { host: 'receipt.hostInvalid' } };
}
