import type { Page } from '@playwright/test';
import { systemClock } from '../../src/main/clock';
import { TEST_QR_DATA } from '../../src/main/printing/escpos/test-slip';
import { HistoryStore } from '../../src/main/store/history/history-store';
import { NoticeBoard } from '../../src/main/store/notice-board';
import { defaultReceiptPrinter, type ReceiptPrinter } from '../../src/shared/domain/receipt-printer';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { decodeRasterQr, readEscPos } from '../support/escpos-reader';
import { linkRecord } from '../support/history-records';
import { closedLoopbackPort, startReceiptListener, type ReceiptListener } from '../support/receipt-listener';
import { expect, test, type PayDeskApp } from './fixtures';

/**
 * Direct ESC/POS printing in the real renderer on a real core: Settings → Printer set up by hand
 * and its test slip, then P / Ctrl+P and the preview's button on a link, each job captured by a
 * TCP listener standing in for the printer's port 9100 and read back byte by byte.
 */
const URL = 'https://www.paytr.com/odeme/link/PDRECEIPTE2E1?ref=PDRECEIPTE2E1&utm_source=paydesk';
const record: LinkRecord = linkRecord(9, {
  reference: 'PDRECEIPTE2E1',
  amount: { minor: 125_050, currency: 'TRY' },
  description: 'Işıklı İğne oyası çerçeve, güğümlü çay takımı; ÖZEL SİPARİŞ (DOĞUM GÜNÜ), Üsküdar',
  url: URL,
});
let listener: ReceiptListener | undefined;

test.use({ coreDeps: { receiptTimeouts: { connectMs: 1500, writeMs: 1500 } } });

test.beforeEach(async ({ harness }) => {
  const history = await HistoryStore.open(harness.dataDir, new NoticeBoard(), systemClock);
  await history.append(record);
  await history.close();
  await harness.start();
  await harness.invoke('settings:update', { shopName: 'Güneş Çiçekçilik' });
});

test.afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

async function usePrinter(app: PayDeskApp, printer: Partial<ReceiptPrinter>): Promise<void> {
  const result = await app.harness.invoke('settings:update', { receiptPrinter: { ...defaultReceiptPrinter, ...printer } });
  expect(result.ok).toBe(true);
}

async function openLinkDetail(app: PayDeskApp, page: Page): Promise<void> {
  await app.open();
  await app.navButton('Geçmiş').click();
  await page.getByTestId('history-row').first().getByRole('button').click();
  await expect(page.getByRole('button', { name: 'Fiş yazdır' })).toBeVisible();
}

async function lastTimelineEvent(app: PayDeskApp): Promise<string> {
  const result = await app.harness.invoke('history:get', { reference: record.reference });
  if (!result.ok) throw new Error(result.error.message);
  const last = (result.value as LinkRecord).timeline.at(-1)!;
  return `${last.kind}:${last.outcome}:${last.detail ?? ''}`;
}

test('Settings → Printer: a network printer set up by hand prints the test slip with every Turkish letter', async ({ app, page }) => {
  listener = await startReceiptListener();
  await app.open();
  await app.navButton('Ayarlar').click();
  const section = page.getByRole('region', { name: 'Yazıcı' });
  await section.getByRole('radio', { name: 'Ağ fiş yazıcısı (TCP 9100)' }).check();
  await section.getByRole('textbox', { name: 'Yazıcının adresi' }).fill('127.0.0.1');
  await section.getByRole('textbox', { name: 'Port' }).fill(String(listener.port));
  await section.getByRole('radio', { name: '58 mm fiş' }).check();
  await section.getByRole('checkbox', { name: 'Her fişten sonra para çekmecesini aç' }).check();
  await section.getByRole('button', { name: 'Test fişi bas' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Test fişi gönderildi' })).toContainText(`127.0.0.1:${listener.port}`);

  const reading = readEscPos(await listener.nextJob());
  expect(reading.codePageNumbers).toEqual([13]);
  expect(reading.lines).toContain('ğĞüÜşŞıİöÖçÇ');
  expect(reading.lines.join(' ')).toContain('PİJAMALI HASTA YAĞIZ ŞOFÖRE ÇABUCAK GÜVENDİ.');
  expect(reading.qrPayloads).toEqual([TEST_QR_DATA]);
  expect(reading.commands.slice(-2).map((c) => c.name)).toEqual(['ESC p', 'GS V']);
  const saved = await app.harness.invoke('settings:get', undefined);
  expect(saved.ok && (saved.value as { receiptPrinter?: ReceiptPrinter }).receiptPrinter).toMatchObject({
    kind: 'network',
    host: '127.0.0.1',
    port: listener.port,
    paper: '58mm',
    cashDrawer: true,
  });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'test/artifacts/e2e/settings-printer-tr.png' });

  await page.getByTestId('language-sidebar-en').click();
  const english = page.getByRole('region', { name: 'Printer' });
  await expect(english.getByRole('radio', { name: 'Network receipt printer (TCP 9100)' })).toBeChecked();
  await expect(english.getByRole('button', { name: 'Print a test slip' })).toBeEnabled();
  await english.screenshot({ path: 'test/artifacts/e2e/settings-printer-en.png' });
});

test('Settings → Printer: a serial printer needs its port; the ports are listed', async ({ app, page }) => {
  await app.open();
  await app.navButton('Ayarlar').click();
  const section = page.getByRole('region', { name: 'Yazıcı' });
  await section.getByRole('radio', { name: 'Seri / USB-seri fiş yazıcısı' }).check();
  await expect(section.getByRole('status').filter({ hasText: /port bulundu|seri port bulunamadı/ })).toBeVisible();
  await section.getByRole('button', { name: 'Kaydet' }).click();
  await expect(section.getByText('Yazıcının bağlı olduğu portu girin.')).toBeVisible();
  await section.getByRole('combobox', { name: 'Seri port' }).fill('/dev/ttyUSB0');
  await section.getByRole('combobox', { name: 'Hız (baud)' }).selectOption('115200');
  await section.getByRole('button', { name: 'Kaydet' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Kaydedildi.' })).toBeVisible();
  const saved = await app.harness.invoke('settings:get', undefined);
  expect(saved.ok && (saved.value as { receiptPrinter?: ReceiptPrinter }).receiptPrinter).toMatchObject({
    kind: 'serial',
    serialPath: '/dev/ttyUSB0',
    baudRate: 115200,
  });
  await section.screenshot({ path: 'test/artifacts/e2e/settings-printer-serial-tr.png' });
});

test('Ctrl+P and P on a link print straight to the receipt printer: the link in the QR command and as an image', async ({ app, page }) => {
  listener = await startReceiptListener();
  await usePrinter(app, { kind: 'network', host: '127.0.0.1', port: listener.port });
  await openLinkDetail(app, page);

  await page.keyboard.press('Control+P');
  await expect(page.getByRole('status').filter({ hasText: 'Fiş basıldı' })).toContainText(`127.0.0.1:${listener.port}`);
  await expect(page.getByRole('dialog', { name: 'Fiş önizleme' })).toHaveCount(0);
  const first = readEscPos(await listener.nextJob());
  expect(first.qrPayloads).toEqual([URL]);
  expect(first.lines.join(' ')).toContain('Işıklı İğne oyası çerçeve, güğümlü çay takımı; ÖZEL SİPARİŞ (DOĞUM GÜNÜ), Üsküdar');
  expect(first.lines).toContain('Güneş Çiçekçilik');
  expect(first.commands.at(-1)!.name).toBe('GS V');
  expect(await lastTimelineEvent(app)).toBe(`printed:ok:ESC/POS · 127.0.0.1:${listener.port}`);
  await app.screenshot('receipt-printed', { fullPage: false });

  // A printer without the QR command: the same key, the QR code as a raster image.
  await usePrinter(app, { kind: 'network', host: '127.0.0.1', port: listener.port, qr: 'raster' });
  await page.keyboard.press('p');
  const second = readEscPos(await listener.nextJob());
  expect(second.qrPayloads).toEqual([]);
  expect(decodeRasterQr(second.rasters[0]!)).toBe(URL);
  expect(second.commands.at(-1)!.name).toBe('GS V');
});

test('the preview prints on the receipt printer too, and P in a text field is only typing', async ({ app, page }) => {
  listener = await startReceiptListener();
  await usePrinter(app, { kind: 'network', host: '127.0.0.1', port: listener.port });
  await openLinkDetail(app, page);

  await page.getByRole('button', { name: 'Fiş yazdır' }).click();
  const preview = page.getByRole('dialog', { name: 'Fiş önizleme' });
  const direct = preview.getByRole('button', { name: 'Fiş yazıcısına bas' });
  await expect(direct).toBeFocused();
  await expect(preview.getByText('P ya da Ctrl+P fiş yazıcısına basar')).toBeVisible();
  await direct.click();
  await expect(preview.getByRole('status').filter({ hasText: 'Fiş basıldı' })).toBeVisible();
  expect(readEscPos(await listener.nextJob()).qrPayloads).toEqual([URL]);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await app.navButton('Geçmiş').click();
  const search = page.getByRole('searchbox').first();
  await search.fill('p');
  await expect(search).toHaveValue('p');
  await page.waitForTimeout(300);
  expect(listener.jobs).toHaveLength(1);
});

test('a printer that is off: a clear message in time, the slip printed again once it is back', async ({ app, page }) => {
  const port = await closedLoopbackPort();
  await usePrinter(app, { kind: 'network', host: '127.0.0.1', port });
  await openLinkDetail(app, page);

  await page.keyboard.press('Control+P');
  const alert = page.getByRole('alert').filter({ hasText: 'Fiş basılamadı.' });
  await expect(alert).toContainText('Fiş yazıcısı bağlantıyı kabul etmedi');
  await expect(alert).toContainText('fiş kaybolmadı, yeniden basabilirsiniz');
  expect(await lastTimelineEvent(app)).toBe('printed:failed:ESC/POS');
  await app.screenshot('receipt-printer-off', { fullPage: false });

  // The printer is back (here: a listener, at the address set in Settings): "Print again" prints the same slip.
  listener = await startReceiptListener();
  await usePrinter(app, { kind: 'network', host: '127.0.0.1', port: listener.port });
  await page.getByRole('button', { name: 'Yeniden bas' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiş basıldı' })).toBeVisible();
  expect(readEscPos(await listener.nextJob()).qrPayloads).toEqual([URL]);
});
