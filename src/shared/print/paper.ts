import type { PaperSize } from '../domain/settings';

/**
 * The physical shape of each paper, in millimetres. The renderer lays the slip out from these
 * numbers (CSS `@page`, QR size) and main builds the printer's page setup from the same ones, so
 * what is previewed is what the printer is told to print.
 */
export interface PaperGeometry {
  widthMm: number;
  /** A4 sheets have a height; receipt rolls are cut right after the slip. */
  fixedHeightMm?: number;
  /** White space inside the page edge: 58 mm printers print about 48 mm, 80 mm printers about 72 mm. */
  paddingMm: number;
  /** The QR code's side, quiet zone included. */
  qrMm: number;
}

export const paperGeometry: Record<PaperSize, PaperGeometry> = {
  '58mm': { widthMm: 58, paddingMm: 5, qrMm: 44 },
  '80mm': { widthMm: 80, paddingMm: 4, qrMm: 60 },
  // A4 uses the sheet: a QR of 110 mm scans from across the counter.
  a4: { widthMm: 210, fixedHeightMm: 297, paddingMm: 18, qrMm: 110 },
};

/** Roll pages stay between these lengths whatever the slip measures (a runaway page wastes paper). */
export const ROLL_MIN_HEIGHT_MM = 60;
export const ROLL_MAX_HEIGHT_MM = 600;
/** Used when the slip's height is not known (the roll then feeds blank paper after the slip). */
export const ROLL_DEFAULT_HEIGHT_MM = 200;
/** Extra paper after a measured slip, so rounding never spills one line onto a second page. */
const ROLL_SLACK_MM = 3;

export interface PageSizeMm {
  widthMm: number;
  heightMm: number;
}

export function isRoll(paper: PaperSize): boolean {
  return paperGeometry[paper].fixedHeightMm === undefined;
}

/** The page to print on: A4 as it is; a roll as long as the slip (whole millimetres). */
export function pageSizeMm(paper: PaperSize, slipHeightMm?: number): PageSizeMm {
  const geometry = paperGeometry[paper];
  if (geometry.fixedHeightMm !== undefined) return { widthMm: geometry.widthMm, heightMm: geometry.fixedHeightMm };
  const wanted =
    slipHeightMm !== undefined && Number.isFinite(slipHeightMm) && slipHeightMm > 0
      ? Math.ceil(slipHeightMm + ROLL_SLACK_MM)
      : ROLL_DEFAULT_HEIGHT_MM;
  return { widthMm: geometry.widthMm, heightMm: Math.min(ROLL_MAX_HEIGHT_MM, Math.max(ROLL_MIN_HEIGHT_MM, wanted)) };
}

/** CSS pixels are 1/96 inch. */
export function cssPxToMm(px: number): number {
  return (px * 25.4) / 96;
}
