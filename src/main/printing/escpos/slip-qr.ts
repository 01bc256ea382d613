import { create, type QRCode } from 'qrcode';
import type { ReceiptPaperWidth } from '@shared/domain/receipt-printer';
import { paperGeometry } from '@shared/print/paper';
import { qrCode, rasterImage, type QrErrorCorrection } from './escpos-commands';

/** Receipt printers print 8 dots per mm (203 dpi). */
const DOTS_PER_MM = 8;
/** Four white modules around the code, as the QR standard asks (and as the system-printed slip has). */
const QUIET_ZONE = 4;
const LEVEL: QrErrorCorrection = 'M';

export interface QrPlan {
  symbol: QRCode;
  /** Dots per module: as large as fits the slip's QR area (44 mm on 58 mm paper, 60 mm on 80 mm). */
  moduleSize: number;
}

/**
 * The QR code a slip prints, in byte mode as the printer's own QR command encodes it, so the
 * module size chosen here fits the symbol the printer will draw.
 */
export function planQr(data: Uint8Array, paper: ReceiptPaperWidth): QrPlan {
  const symbol = create([{ data, mode: 'byte' }], { errorCorrectionLevel: LEVEL });
  const areaDots = paperGeometry[paper].qrMm * DOTS_PER_MM;
  const moduleSize = Math.max(1, Math.min(16, Math.floor(areaDots / (symbol.modules.size + 2 * QUIET_ZONE))));
  return { symbol, moduleSize };
}

/** GS ( k: the printer draws the code (it adds the quiet zone itself). */
export function nativeQr(data: Uint8Array, plan: QrPlan): Uint8Array {
  return qrCode(data, plan.moduleSize, LEVEL);
}

/** GS v 0: the same symbol drawn here, quiet zone included, for printers without GS ( k. */
export function rasterQr(plan: QrPlan): Uint8Array {
  const { size } = plan.symbol.modules;
  const scale = plan.moduleSize;
  const sideDots = (size + 2 * QUIET_ZONE) * scale;
  const widthBytes = Math.ceil(sideDots / 8);
  const bits = new Uint8Array(widthBytes * sideDots);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!plan.symbol.modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const y = (row + QUIET_ZONE) * scale + dy;
        for (let dx = 0; dx < scale; dx++) {
          const x = (col + QUIET_ZONE) * scale + dx;
          const at = y * widthBytes + (x >> 3);
          bits[at] = (bits[at] ?? 0) | (0x80 >> (x & 7));
        }
      }
    }
  }
  return rasterImage(widthBytes, sideDots, bits);
}
