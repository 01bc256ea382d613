import { epsonCodePageNumbers, type ReceiptPrinter } from '@shared/domain/receipt-printer';
import { encodeInCodePage, fitToCodePage } from './code-pages';
import * as cmd from './escpos-commands';
import type { SlipBlock, SlipDocument } from './slip-document';
import { planQr, nativeQr, rasterQr } from './slip-qr';
import { cleanSlipText, labelledLine, wrapText } from './slip-text';

export type EscPosOptions = Pick<ReceiptPrinter, 'paper' | 'codePage' | 'codePageNumber' | 'qr' | 'cut' | 'cashDrawer'>;

/** Characters per line in the printer's standard font (12 × 24 dots): 384 dots on 58 mm, 576 on 80 mm. */
export const columnsFor = { '58mm': 32, '80mm': 48 } as const;

/** Lines fed at the end when the printer has no cutter (or cutting is off), so the slip tears off whole. */
const TEAR_OFF_FEED = 4;

/**
 * Turns a slip into the bytes an ESC/POS printer prints: reset, the code page (ESC t n), the
 * blocks, the cash drawer (ESC p, optional) and the cut last (GS V). Every piece of text goes
 * through cleanSlipText and the code page table, so nothing in a description or a shop name can
 * become a command.
 */
export function encodeSlip(document: SlipDocument, options: EscPosOptions): Uint8Array {
  const parts: Uint8Array[] = [cmd.initialize(), cmd.selectCodePage(options.codePageNumber ?? epsonCodePageNumbers[options.codePage])];
  // ESC @ leaves the printer left-aligned; ESC a is sent only when a block needs another alignment.
  let current: cmd.Alignment = 'left';
  const alignTo = (alignment: cmd.Alignment): Uint8Array[] => {
    if (alignment === current) return [];
    current = alignment;
    return [cmd.align(alignment)];
  };
  for (const block of document.blocks) parts.push(...encodeBlock(block, options, alignTo));
  if (options.cashDrawer) parts.push(cmd.drawerKick());
  parts.push(options.cut === 'none' ? cmd.feedLines(TEAR_OFF_FEED) : cmd.feedAndCut(options.cut));
  return cmd.concatBytes(parts);
}

function encodeBlock(block: SlipBlock, options: EscPosOptions, alignTo: (alignment: cmd.Alignment) => Uint8Array[]): Uint8Array[] {
  const columns = columnsFor[options.paper];
  const text = (value: string) => fitToCodePage(cleanSlipText(value), options.codePage);
  const lines = (rows: string[]) => rows.flatMap((row) => [encodeInCodePage(row, options.codePage), cmd.lineFeed()]);
  switch (block.kind) {
    case 'text': {
      const large = block.size === 'large';
      const rows = wrapText(text(block.text), large ? columns / 2 : columns);
      if (rows.length === 0) return [];
      return [
        ...alignTo(block.align ?? 'left'),
        ...(block.bold ? [cmd.emphasis(true)] : []),
        ...(large ? [cmd.characterSize(2, 2)] : []),
        ...lines(rows),
        ...(large ? [cmd.characterSize(1, 1)] : []),
        ...(block.bold ? [cmd.emphasis(false)] : []),
      ];
    }
    case 'labelled':
      return [...alignTo('left'), ...lines(labelledLine(text(block.label), text(block.value), columns))];
    case 'rule':
      return [...alignTo('left'), ...lines(['-'.repeat(columns)])];
    case 'feed':
      return [cmd.feedLines(block.lines)];
    case 'qr': {
      const data = qrBytes(block.data);
      const plan = planQr(data, options.paper);
      return [...alignTo('center'), options.qr === 'native' ? nativeQr(data, plan) : rasterQr(plan), cmd.lineFeed()];
    }
  }
}

/** The QR code carries the link exactly; a link with control characters is refused, never printed. */
function qrBytes(data: string): Uint8Array {
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(data)) throw new RangeError('QR data with control characters');
  return new TextEncoder().encode(data);
}
