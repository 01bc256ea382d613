import { describe, expect, it } from 'vitest';
import { pdfPageSetup, printPageSetup } from '../../../../src/main/printing/page-setup';
import { paperSizes } from '../../../../src/shared/domain/settings';
import { pageSizeMm, ROLL_DEFAULT_HEIGHT_MM, ROLL_MAX_HEIGHT_MM, ROLL_MIN_HEIGHT_MM } from '../../../../src/shared/print/paper';

const A4_MICRONS = { width: 210_000, height: 297_000 };
const inches = (mm: number) => mm / 25.4;

describe('printPageSetup (webContents.print, microns)', () => {
  it('58 mm roll: 58 mm wide, as long as the slip plus 3 mm, no margins, black and white', () => {
    expect(printPageSetup('58mm', 170.9)).toEqual({
      pageSize: { width: 58_000, height: 174_000 },
      margins: { marginType: 'none' },
      landscape: false,
      scaleFactor: 100,
      pagesPerSheet: 1,
      printBackground: true,
      color: false,
    });
  });

  it('80 mm roll: 80 mm wide, as long as the slip plus 3 mm', () => {
    expect(printPageSetup('80mm', 185.8)).toMatchObject({
      pageSize: { width: 80_000, height: 189_000 },
      margins: { marginType: 'none' },
      color: false,
    });
  });

  it('A4: the whole sheet whatever the slip measures, in colour', () => {
    expect(printPageSetup('a4', 120)).toMatchObject({ pageSize: A4_MICRONS, margins: { marginType: 'none' }, color: true });
    expect(printPageSetup('a4')).toMatchObject({ pageSize: A4_MICRONS });
  });

  it('a receipt printer never receives A4 or a named size, whatever the height says', () => {
    for (const paper of ['58mm', '80mm'] as const) {
      for (const height of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1, 50, 170, 10_000]) {
        const { pageSize } = printPageSetup(paper, height);
        expect(typeof pageSize).toBe('object');
        expect(pageSize.width).toBe(paper === '58mm' ? 58_000 : 80_000);
        expect(pageSize.width).not.toBe(A4_MICRONS.width);
        expect(pageSize.height).toBeGreaterThanOrEqual(ROLL_MIN_HEIGHT_MM * 1000);
        expect(pageSize.height).toBeLessThanOrEqual(ROLL_MAX_HEIGHT_MM * 1000);
      }
    }
  });

  it('every page is above the 353 micron minimum Chromium checks and whole millimetres', () => {
    for (const paper of paperSizes) {
      const { pageSize } = printPageSetup(paper, 99.99);
      expect(pageSize.width).toBeGreaterThan(353);
      expect(pageSize.height % 1000).toBe(0);
    }
  });
});

describe('pdfPageSetup (printToPDF, inches)', () => {
  it('58 mm, 80 mm and A4 in inches, zero margins, the given size wins over CSS', () => {
    expect(pdfPageSetup('58mm', 170.9)).toEqual({
      pageSize: { width: inches(58), height: inches(174) },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      landscape: false,
      preferCSSPageSize: false,
      printBackground: true,
    });
    expect(pdfPageSetup('80mm', 185.8).pageSize).toEqual({ width: inches(80), height: inches(189) });
    expect(pdfPageSetup('a4').pageSize).toEqual({ width: inches(210), height: inches(297) });
  });
});

describe('pageSizeMm (shared with the renderer’s @page rule)', () => {
  it('rolls: unknown height → default length; runaway heights are clamped', () => {
    expect(pageSizeMm('58mm')).toEqual({ widthMm: 58, heightMm: ROLL_DEFAULT_HEIGHT_MM });
    expect(pageSizeMm('80mm', 10)).toEqual({ widthMm: 80, heightMm: ROLL_MIN_HEIGHT_MM });
    expect(pageSizeMm('80mm', 5000)).toEqual({ widthMm: 80, heightMm: ROLL_MAX_HEIGHT_MM });
    expect(pageSizeMm('58mm', 100)).toEqual({ widthMm: 58, heightMm: 103 });
    expect(pageSizeMm('58mm', 100.2)).toEqual({ widthMm: 58, heightMm: 104 });
  });
});
