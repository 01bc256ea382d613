import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy';
import { paperSizes, type PaperSize } from '../../src/shared/domain/settings';
import { paperGeometry } from '../../src/shared/print/paper';
import { decodeQrPng } from '../support/qr-decode';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { buildSlipFixture } from './slip-fixture-build';

/**
 * The slip component and its print CSS in Chromium, for each paper: it fits the paper width, its
 * QR code decodes to the link (from a screenshot, and from the PDF page rendered by pdftoppm),
 * and its Turkish text survives into the PDF (pdftotext).
 */
const artifacts = resolve('test/artifacts/e2e/slips');
const TURKISH_LETTERS = ['ğ', 'ş', 'ı', 'İ', 'ö', 'ü', 'ç', 'Ğ', 'Ş', 'Ö', 'Ü', 'Ç'];
const PX_PER_MM = 96 / 25.4;
const PT_PER_MM = 72 / 25.4;

/** A real-looking PayTR link with a long query, and a long Turkish description with every special letter. */
const LONG_URL =
  'https://www.paytr.com/odeme/link/PD7QK2M9X4T8B1?lang=tr&ref=PD7QK2M9X4T8B1&utm_source=paydesk&utm_medium=counter' +
  '&customer=Ay%C5%9Fe%20Y%C4%B1lmaz&note=Ka%C5%9F%C4%B1k%20tak%C4%B1m%C4%B1%20ve%20%C3%A7ay%20bardaklar%C4%B1' +
  '&session=9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const LONG_DESCRIPTION =
  'Işıklı İğne oyası çerçeve, güğümlü çay takımı (6 kişilik), Şişecam kaşık seti ve Ödemiş ipeği örtü; ' +
  'ÇOK ÖZEL SİPARİŞ (DOĞUM GÜNÜ): kargo İstanbul Üsküdar şubesinden teslim alınacaktır.';

let work: string;
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'paydesk-slips-'));
  await mkdir(artifacts, { recursive: true });
  await buildSlipFixture(join(work, 'site'));
  server = await startStaticServer({ root: join(work, 'site'), headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
});

test.afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function openSlip(page: Page, paper: PaperSize, extra = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const query = new URLSearchParams({ paper, url: LONG_URL, description: LONG_DESCRIPTION });
  await page.goto(`${server.url}?${query.toString()}${extra}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  return errors;
}

interface Layout {
  width: number;
  scrollWidth: number;
  clientWidth: number;
  /** Classes of boxes that stick out of the slip sideways (none allowed). */
  outside: string[];
  url: { height: number; lineHeight: number };
  description: { height: number; lineHeight: number };
  qrWidth: number;
  text: string;
  fontLoaded: boolean;
}
type Fixture = { slipFixture: { layout(): Layout; logo(): { natural: number; inside: boolean } } };

const layoutOf = (page: Page) => page.evaluate(() => (globalThis as unknown as Fixture).slipFixture.layout());

for (const paper of paperSizes) {
  test(`${paper} slip fits the paper width and its QR code reads back as the link`, async ({ page }) => {
    const errors = await openSlip(page, paper);
    const layout = await layoutOf(page);
    const geometry = paperGeometry[paper];

    expect(layout.width).toBeCloseTo(geometry.widthMm * PX_PER_MM, 0);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.outside).toEqual([]);
    // The long address and description wrap onto several lines instead of running off the paper.
    expect(layout.url.height).toBeGreaterThan(layout.url.lineHeight * 1.5);
    expect(layout.description.height).toBeGreaterThan(layout.description.lineHeight * 1.5);
    expect(layout.qrWidth).toBeCloseTo(geometry.qrMm * PX_PER_MM, 0);
    expect(layout.fontLoaded).toBe(true);
    for (const letter of TURKISH_LETTERS) expect(layout.text).toContain(letter);
    expect(layout.text).toContain('12.500,50 ₺');

    const png = await page.locator('#root .slip').screenshot();
    await writeFile(join(artifacts, `slip-${paper}.png`), png);
    expect(decodeQrPng(png)).toBe(LONG_URL);
    expect(errors).toEqual([]);
  });

  test(`${paper} PDF: the CSS page size, a readable QR code and Turkish text`, async ({ page }) => {
    const errors = await openSlip(page, paper);
    const slipHeightMm = Number(await page.locator('body').getAttribute('data-slip-height-mm'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(work, `slip-${paper}.pdf`);
    await writeFile(file, pdf);
    await writeFile(join(artifacts, `slip-${paper}.pdf`), pdf);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    const [, w = '0', h = '0'] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? [];
    const geometry = paperGeometry[paper];
    // Chromium rounds the page to whole CSS pixels: within half a millimetre.
    expect(Math.abs(Number(w) - geometry.widthMm * PT_PER_MM)).toBeLessThan(0.5 * PT_PER_MM);
    const expectedHeightMm = geometry.fixedHeightMm ?? Math.ceil(slipHeightMm + 3);
    expect(Math.abs(Number(h) - expectedHeightMm * PT_PER_MM)).toBeLessThan(0.5 * PT_PER_MM);

    execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', file, join(work, `page-${paper}`)], { stdio: 'ignore' });
    const pagePng = await readFile(join(work, `page-${paper}.png`));
    await writeFile(join(artifacts, `slip-${paper}-pdf-page.png`), pagePng);
    expect(decodeQrPng(pagePng)).toBe(LONG_URL);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const letter of TURKISH_LETTERS) expect(text).toContain(letter);
    for (const word of ['Güneş', 'Çiçekçilik', 'Işıklı', 'İğne', 'güğümlü', 'Şişecam', 'Üsküdar', 'SİPARİŞ', '12.500,50']) {
      expect(text).toContain(word);
    }
    expect(text).toContain('PD7QK2M9X4T8B1');
    expect(text).toContain('22.11.2026 14:05'); // created 11:05 UTC = 14:05 in Istanbul
    expect(errors).toEqual([]);
  });
}

test('a shop logo (PNG data URL) shows within the slip and the CSP lets it load', async ({ page }) => {
  const errors = await openSlip(page, '58mm', '&logo=1');
  await expect(page.locator('#root .slip-logo')).toBeVisible();
  const { natural, inside } = await page.evaluate(() => (globalThis as unknown as Fixture).slipFixture.logo());
  expect(natural).toBe(120);
  expect(inside).toBe(true);
  expect(decodeQrPng(await page.locator('#root .slip').screenshot())).toBe(LONG_URL);
  expect(errors).toEqual([]);
});
