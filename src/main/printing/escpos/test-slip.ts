import type { Language } from '@shared/domain/language';
import { epsonCodePageNumbers, receiptPrinterAddress, type ReceiptPrinter } from '@shared/domain/receipt-printer';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { createTranslator } from '@shared/i18n/translate';
import type { SlipDocument } from './slip-document';

/** Every letter Turkish adds to ASCII, both cases: the test print shows whether the code page is right. */
export const TURKISH_LETTERS = 'ğĞüÜşŞıİöÖçÇ';
/** A Turkish pangram, lower and upper case, for a line that reads naturally. */
const PANGRAM = 'Pijamalı hasta yağız şoföre çabucak güvendi.';
/** What the test QR code holds: the PayDesk site, harmless to open. */
export const TEST_QR_DATA = 'https://paydesk.app';

/** The sample slip of Settings → Printer → Test print: letters, sizes, a QR code, the settings used. */
export function testSlip(printer: ReceiptPrinter, shop: { shopName: string; language: Language }, now: Date): SlipDocument {
  const t = createTranslator(shop.language);
  return {
    blocks: [
      { kind: 'text', text: shop.shopName || 'PayDesk', align: 'center', bold: true },
      { kind: 'text', text: t('receipt.test.title'), align: 'center', bold: true, size: 'large' },
      { kind: 'rule' },
      { kind: 'text', text: TURKISH_LETTERS, align: 'center' },
      { kind: 'text', text: PANGRAM },
      { kind: 'text', text: PANGRAM.toLocaleUpperCase('tr-TR') },
      { kind: 'text', text: '1.250,50 ₺', align: 'right', bold: true, size: 'large' },
      { kind: 'qr', data: TEST_QR_DATA },
      { kind: 'text', text: t('receipt.test.qrHelp'), align: 'center' },
      { kind: 'rule' },
      { kind: 'labelled', label: t('receipt.test.connection'), value: receiptPrinterAddress(printer) },
      { kind: 'labelled', label: t('receipt.test.codePage'), value: `${printer.codePage.toUpperCase()} · ESC t ${printer.codePageNumber ?? epsonCodePageNumbers[printer.codePage]}` },
      { kind: 'labelled', label: t('receipt.test.qr'), value: printer.qr === 'native' ? 'GS ( k' : 'GS v 0' },
      { kind: 'labelled', label: t('slip.date'), value: formatIstanbulDateTime(now) },
    ],
  };
}
