import type { PaperSize } from '@shared/domain/settings';
import { isRoll, pageSizeMm } from '@shared/print/paper';

/**
 * The page options Electron gets for each paper: `webContents.print` takes the page in microns,
 * `printToPDF` in inches. Both are explicit for every paper, because a printer left to its own
 * default page would get A4 (Electron's fallback) and a receipt printer must never get A4.
 * Margins are zero here: the slip's own padding keeps the print inside the printable area, so the
 * layout is the same whatever margins a driver would have added.
 */
export interface PrintPageSetup {
  pageSize: { width: number; height: number };
  margins: { marginType: 'none' };
  landscape: false;
  scaleFactor: 100;
  pagesPerSheet: 1;
  printBackground: true;
  /** Thermal receipt printers are black and white; A4 keeps a colour logo. */
  color: boolean;
}

export interface PdfPageSetup {
  pageSize: { width: number; height: number };
  margins: { top: 0; bottom: 0; left: 0; right: 0 };
  landscape: false;
  /** The size above is the truth; the CSS `@page` rule is built from the same numbers. */
  preferCSSPageSize: false;
  printBackground: true;
}

const MICRONS_PER_MM = 1000;
const MM_PER_INCH = 25.4;

export function printPageSetup(paper: PaperSize, slipHeightMm?: number): PrintPageSetup {
  const page = pageSizeMm(paper, slipHeightMm);
  return {
    pageSize: { width: page.widthMm * MICRONS_PER_MM, height: page.heightMm * MICRONS_PER_MM },
    margins: { marginType: 'none' },
    landscape: false,
    scaleFactor: 100,
    pagesPerSheet: 1,
    printBackground: true,
    color: !isRoll(paper),
  };
}

export function pdfPageSetup(paper: PaperSize, slipHeightMm?: number): PdfPageSetup {
  const page = pageSizeMm(paper, slipHeightMm);
  return {
    pageSize: { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    landscape: false,
    preferCSSPageSize: false,
    printBackground: true,
  };
}
