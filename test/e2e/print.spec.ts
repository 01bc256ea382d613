import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { systemClock } from '../../src/main/clock';
import { HistoryStore } from '../../src/main/store/history/history-store';
import { NoticeBoard } from '../../src/main/store/notice-board';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { customerDisplayHash } from '../../src/shared/print/customer-display';
import { decodeQrPng } from '../support/qr-decode';
import { linkRecord } from '../support/history-records';
import { expect, test, type PayDeskApp } from './fixtures';
import { PagePrinter } from './page-printer';

/**
 * Counter printing in the real renderer on a real core: the preview and the customer display by
 * keyboard, a PDF of the app's own page (only the slip prints), printing without a dialog to a
 * remembered printer, and the shop logo from Settings. The printer is Chromium printing the page
 * itself (see page-printer.ts), as Electron's main window does in the app.
 */
const URL_LONG =
  'https://www.paytr.com/odeme/link/PDPRINTE2E0001?ref=PDPRINTE2E0001&utm_source=paydesk&utm_medium=counter&note=%C3%A7ay%20tak%C4%B1m%C4%B1';
const record: LinkRecord = linkRecord(7, {
  reference: 'PDPRINTE2E0001',
  amount: { minor: 125_050, currency: 'TRY' },
  description: 'Işıklı İğne oyası çerçeve, güğümlü çay takımı ve Şişecam kaşık seti; ÖZEL SİPARİŞ (DOĞUM GÜNÜ), Üsküdar',
  customer: { name: 'Ayşe Yılmaz', phone: '+905321234567' },
  url: URL_LONG,
  expiresAt: '2026-12-01T20:59:00.000Z',
});

const printer = new PagePrinter([{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20 (80 mm)' }]);
const saved: string[] = [];
let folder = '';
test.use({
  coreDeps: {
    printer,
    saveFile: async (name: string, content: string | Uint8Array) => {
      const path = join(folder, name);
      await writeFile(path, content);
      saved.push(path);
      return { saved: true, fileName: path };
    },
  },
});

test.beforeEach(async ({ harness, page }) => {
  printer.page = page;
  printer.jobs.length = 0;
  printer.pdfs.length = 0;
  printer.views.length = 0;
  printer.closed = 0;
  printer.placement = 'full-screen';
  saved.length = 0;
  folder = await mkdtemp(join(tmpdir(), 'paydesk-print-'));
  const history = await HistoryStore.open(harness.dataDir, new NoticeBoard(), systemClock);
  await history.append(record);
  await history.close();
  await harness.start();
  await harness.invoke('settings:update', { shopName: 'Güneş Çiçekçilik' });
});

test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function openLinkDetail(app: PayDeskApp, page: Page): Promise<void> {
  await app.open();
  await app.navButton('Geçmiş').click();
  await page.getByTestId('history-row').first().getByRole('button').click();
  await expect(page.getByRole('button', { name: 'Fiş yazdır' })).toBeVisible();
}

async function timelineKinds(app: PayDeskApp): Promise<string[]> {
  const result = await app.harness.invoke('history:get', { reference: record.reference });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as LinkRecord).timeline.map((e) => `${e.kind}:${e.outcome}${e.detail ? `:${e.detail}` : ''}`);
}

function pdfFacts(file: string, work: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, w = '0'] = /^Page size:\s+([\d.]+) x/m.exec(info) ?? [];
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', file, join(work, 'page')], { stdio: 'ignore' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    widthMm: (Number(w) * 25.4) / 72,
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    png: join(work, 'page.png'),
  };
}

test('print preview and customer display open and close by keyboard', async ({ app, page }) => {
  await openLinkDetail(app, page);
  const preview = page.getByRole('dialog', { name: 'Fiş önizleme' });
  const display = page.locator('dialog.customer-display');

  await page.keyboard.press('Control+P');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('img', { name: '80 mm fiş önizlemesi' })).toContainText('1.250,50 ₺');
  await expect(preview.getByRole('button', { name: 'Yazdır', exact: true })).toBeFocused();
  await app.screenshot('print-preview', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await page.keyboard.press('Control+Shift+D');
  await expect(display).toBeVisible();
  await expect(display).toContainText('Güneş Çiçekçilik');
  await expect(display).toContainText('1.250,50 ₺');
  await app.screenshot('customer-display', { fullPage: false });
  expect(decodeQrPng(await display.screenshot())).toBe(URL_LONG);
  expect(printer.views).toEqual([
    { shopName: 'Güneş Çiçekçilik', language: 'tr', amount: record.amount, description: record.description, url: URL_LONG },
  ]);
  await page.keyboard.press('Escape');
  await expect(display).toBeHidden();
  await expect.poll(() => printer.closed).toBe(1);

  // From inside the preview: the display covers it, Esc closes the display, then the preview.
  await page.keyboard.press('Control+P');
  await expect(preview).toBeVisible();
  await page.keyboard.press('Control+Shift+D');
  await expect(display).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(display).toBeHidden();
  await expect(preview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect((await timelineKinds(app)).filter((k) => k.startsWith('qr-shown'))).toHaveLength(2);
});

test('customer display on a second screen: the shop window says so and closes it; that screen draws from its URL alone', async ({ app, page, context }) => {
  printer.placement = 'second-screen';
  await openLinkDetail(app, page);
  await page.getByRole('button', { name: 'Müşteri ekranı' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Müşteri ekranı ikinci ekranda açık.' });
  await expect(notice).toBeVisible();
  await expect(page.locator('dialog.customer-display')).toHaveCount(0);
  expect(printer.views).toHaveLength(1);

  // What main loads in the second-screen window: the renderer with the view in its URL and no bridge.
  const screen = await context.newPage();
  const errors: string[] = [];
  screen.on('pageerror', (e) => errors.push(e.message));
  screen.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await screen.goto(app.url + customerDisplayHash(printer.views[0]!));
  const view = screen.locator('.customer-display-view');
  await expect(view).toContainText('1.250,50 ₺');
  await expect(view).toContainText('Ödemek için QR kodu okutun');
  expect(await screen.evaluate(() => 'paydesk' in globalThis)).toBe(false);
  await screen.screenshot({ path: join('test/artifacts/e2e', 'customer-display-second-screen.png') });
  expect(decodeQrPng(await view.screenshot())).toBe(URL_LONG);
  expect(errors).toEqual([]);
  await screen.close();

  await page.getByRole('button', { name: 'Müşteri ekranını kapat' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(() => printer.closed).toBe(1);
});

test('Save as PDF on 58 mm paper: only the slip prints, its QR reads back, Turkish text survives, the paper is remembered', async ({ app, page }) => {
  await openLinkDetail(app, page);
  await page.getByRole('button', { name: 'Fiş yazdır' }).click();
  const preview = page.getByRole('dialog', { name: 'Fiş önizleme' });
  await preview.getByRole('radio', { name: '58 mm fiş' }).check();
  await preview.getByRole('button', { name: 'PDF olarak kaydet' }).click();
  await expect(preview.getByRole('status').filter({ hasText: 'PDF kaydedildi' })).toBeVisible();

  expect(saved).toEqual([join(folder, `PayDesk-${record.reference}-58mm.pdf`)]);
  const pdf = pdfFacts(saved[0]!, folder);
  expect(pdf.pages).toBe(1);
  expect(Math.abs(pdf.widthMm - 58)).toBeLessThan(0.5);
  expect(decodeQrPng(await readFile(pdf.png))).toBe(URL_LONG);
  for (const letter of ['ğ', 'ş', 'ı', 'İ', 'ö', 'ü', 'ç', 'Ş', 'Ü', 'Ğ']) expect(pdf.text).toContain(letter);
  for (const words of ['Güneş Çiçekçilik', 'güğümlü', 'Şişecam', '1.250,50', record.reference]) expect(pdf.text).toContain(words);
  // The window's own page printed, but nothing of the app around the slip.
  for (const chrome of ['Fiş önizleme', 'Geçmiş', 'PDF olarak kaydet', 'Ayşe Yılmaz']) expect(pdf.text).not.toContain(chrome);

  const settings = await app.harness.invoke('settings:get', undefined);
  expect(settings).toMatchObject({ ok: true, value: { print: { paper: '58mm', silent: false } } });
  expect(await timelineKinds(app)).toContain('printed:ok:PDF · 58 mm');
});

test('print without the dialog to the chosen printer; the choice is remembered next time', async ({ app, page }) => {
  await openLinkDetail(app, page);
  await page.keyboard.press('Control+P');
  const preview = page.getByRole('dialog', { name: 'Fiş önizleme' });
  const silent = preview.getByRole('checkbox', { name: 'Pencere açmadan doğrudan yazdır' });
  await expect(silent).toBeDisabled(); // only once a printer is chosen
  await preview.getByLabel('Yazıcı').selectOption('EPSON_TM_T20');
  await silent.check();
  await preview.getByRole('radio', { name: '80 mm fiş' }).check();
  await preview.getByRole('button', { name: 'Yazdır', exact: true }).focus();
  await page.keyboard.press('Control+P');
  await expect(preview.getByRole('status').filter({ hasText: 'Fiş yazıcıya gönderildi.' })).toBeVisible();

  expect(printer.jobs).toHaveLength(1);
  const { job, output } = printer.jobs[0]!;
  expect(job).toMatchObject({ deviceName: 'EPSON_TM_T20', silent: true, margins: { marginType: 'none' }, color: false });
  expect(job.pageSize.width).toBe(80_000);
  expect(job.pageSize.height).toBeGreaterThan(100_000);
  const file = join(folder, 'printed.pdf');
  await writeFile(file, output);
  const printed = pdfFacts(file, folder);
  expect(printed.pages).toBe(1); // the roll page is as long as the slip: one piece of paper
  expect(decodeQrPng(await readFile(printed.png))).toBe(URL_LONG);
  expect(await timelineKinds(app)).toContain('printed:ok:80 mm · EPSON_TM_T20');

  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await page.keyboard.press('Control+P');
  await expect(preview.getByLabel('Yazıcı')).toHaveValue('EPSON_TM_T20');
  await expect(silent).toBeChecked();
  await expect(preview.getByRole('radio', { name: '80 mm fiş' })).toBeChecked();
});

/** A PNG of the given size; `noisy` fills it with pseudo-random pixels that no compression can shrink. */
function logoPng(width: number, height: number, noisy = false): Buffer {
  const png = new PNG({ width, height });
  let seed = 42;
  for (let i = 0; i < png.data.length; i += 4) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const dark = ((i / 4) % width) < width / 3;
    png.data[i] = noisy ? seed % 256 : dark ? 20 : 240;
    png.data[i + 1] = noisy ? (seed >> 8) % 256 : dark ? 120 : 240;
    png.data[i + 2] = noisy ? (seed >> 16) % 256 : 240;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

test('shop logo: chosen in Settings, refused when too big or not an image, printed on the slip', async ({ app, page }) => {
  await app.open();
  await app.navButton('Ayarlar').click();
  const file = page.getByTestId('shop-logo-file');

  await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng(300, 300, true) });
  await expect(page.getByRole('alert').filter({ hasText: 'Bu dosya çok büyük' })).toBeVisible();
  await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect(page.getByRole('alert').filter({ hasText: 'PNG veya JPEG resmi değil' })).toBeVisible();

  await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng(120, 40) });
  await expect(page.getByRole('status').filter({ hasText: 'Logo kaydedildi.' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Dükkân logosu' })).toBeVisible();
  const settings = await app.harness.invoke('settings:get', undefined);
  expect(settings.ok && (settings.value as { shopLogo?: string }).shopLogo).toMatch(/^data:image\/png;base64,/);

  await app.navButton('Geçmiş').click();
  await page.getByTestId('history-row').first().getByRole('button').click();
  await page.getByRole('button', { name: 'Fiş yazdır' }).click();
  const logo = page.getByRole('dialog', { name: 'Fiş önizleme' }).locator('.slip-logo');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(120);
  await page.keyboard.press('Escape');

  await app.navButton('Ayarlar').click();
  await page.getByRole('button', { name: 'Logoyu kaldır' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logo kaldırıldı.' })).toBeVisible();
  const after = await app.harness.invoke('settings:get', undefined);
  expect(after.ok && after.value).not.toHaveProperty('shopLogo');
});
