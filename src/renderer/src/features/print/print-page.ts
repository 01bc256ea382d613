import type { PaperSize } from '@shared/domain/settings';
import { cssPxToMm, pageSizeMm, ROLL_MAX_HEIGHT_MM } from '@shared/print/paper';

/**
 * The CSS `@page` for the slip being printed. Receipt pages are as long as the slip, which is only
 * known once it is laid out, so the rule is written at print time into a constructed style sheet
 * (the CSP allows no inline <style>). Main gives the printer the same size from the same numbers.
 */
let sheet: CSSStyleSheet | undefined;

export function setPrintPage(paper: PaperSize, slipHeightMm: number | undefined): void {
  const { widthMm, heightMm } = pageSizeMm(paper, slipHeightMm);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(`@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`);
}

export function clearPrintPage(): void {
  sheet?.replaceSync('');
}

/** The height of the slip about to print, in mm (its print copy is laid out off screen). */
export function measureSlipMm(element: HTMLElement | null): number | undefined {
  const slip = element?.querySelector<HTMLElement>('.slip');
  if (!slip) return undefined;
  const px = slip.getBoundingClientRect().height;
  return px > 0 ? Math.min(ROLL_MAX_HEIGHT_MM, Math.round(cssPxToMm(px) * 10) / 10) : undefined;
}

/**
 * Waits until the slip can be measured and printed: its font loaded (a page printed before would
 * fall back to a system font) and its logo decoded (an image without size yet measures 0).
 */
export async function slipReady(root: HTMLElement | null): Promise<void> {
  const images = [...(root?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => undefined));
  try {
    await Promise.all([
      document.fonts.load("400 10pt 'PayDesk Slip'", 'ğşıİöüçĞŞÖÜÇ₺'),
      document.fonts.load("800 10pt 'PayDesk Slip'", '0123456789₺'),
      ...images,
    ]);
    await document.fonts.ready;
  } catch {
    // A font that cannot load leaves the system fallback in the stack; printing still works.
  }
}
