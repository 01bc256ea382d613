import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/main/clock';
import { HistoryStore } from '../../src/main/store/history/history-store';
import { NoticeBoard } from '../../src/main/store/notice-board';
import { istanbulCalendarDate, istanbulStartOfDay } from '../../src/shared/domain/istanbul-time';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { linkRecord } from '../support/history-records';
import { expect, test } from './fixtures';
import { PagePrinter } from './page-printer';

/**
 * Gün sonu as the owner uses it at closing time: reached from the keyboard, today's links by
 * status, provider and account with exact sums, yesterday a click away, the CSV saved and the slip
 * printed on the 80 mm roll through the same print path as the QR slips (Turkish text in the PDF).
 */
const now = new Date();
const todayStart = istanbulStartOfDay(istanbulCalendarDate(now)).getTime();
/** Instants inside today's Istanbul day, before now (k of 10 of the time since midnight). */
const today = (k: number) => new Date(todayStart + Math.floor(((now.getTime() - todayStart) * k) / 10)).toISOString();
const paynet = { provider: 'paynet' as const, accountId: 'acc_paynetdukkan1', accountLabel: 'Dükkân Paynet' };

const records: LinkRecord[] = [
  linkRecord(1, { createdAt: new Date(todayStart - 3_600_000).toISOString(), amount: { minor: 777_77, currency: 'TRY' }, description: 'Dünkü sipariş' }),
  linkRecord(2, { createdAt: today(1), amount: { minor: 1_250_50, currency: 'TRY' }, status: 'paid', paidAmountMinor: 1_250_50, description: 'Çiçek sepeti' }),
  linkRecord(3, { createdAt: today(2), amount: { minor: 99_90, currency: 'TRY' }, ...paynet, description: 'Işıklı ayna' }),
  linkRecord(4, { createdAt: today(3), amount: { minor: 50_00, currency: 'EUR' }, status: 'expired', description: 'Gözlük kabı' }),
  linkRecord(5, {
    createdAt: today(4),
    amount: { minor: 300_00, currency: 'TRY' },
    ...paynet,
    status: 'paid',
    description: 'Şal ve güğüm',
    timeline: [
      { at: today(4), kind: 'created', outcome: 'ok' },
      { at: today(5), kind: 'marked-paid', outcome: 'ok' },
    ],
  }),
];

const printer = new PagePrinter([{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20 (80 mm)' }]);
let folder = '';
test.use({
  viewport: { width: 1366, height: 768 },
  coreDeps: {
    printer,
    saveFile: async (name: string, content: string | Uint8Array) => {
      const path = join(folder, name);
      await writeFile(path, content);
      return { saved: true, fileName: path };
    },
  },
});

test.beforeEach(async ({ harness, page }) => {
  printer.page = page;
  printer.jobs.length = 0;
  folder = await mkdtemp(join(tmpdir(), 'paydesk-day-end-'));
  const history = await HistoryStore.open(harness.dataDir, new NoticeBoard(), systemClock);
  for (const record of records) await history.append(record);
  await history.close();
  await harness.start();
  await harness.invoke('settings:update', { shopName: 'Güneş Çiçekçilik', print: { paper: '80mm', printerName: 'EPSON_TM_T20', silent: true } });
});

test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('day-end: today by status, provider and account, yesterday, CSV, the printed slip, in Turkish and English', async ({ app, page }) => {
  await app.open();
  await app.navButton('Gün sonu').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gün sonu' })).toBeFocused();

  const total = page.getByTestId('day-end-total');
  await expect(total.locator('tr[data-line="made"]')).toContainText('4 link');
  await expect(total.locator('tr[data-line="made"]')).toContainText('1.650,40 ₺ · 50,00 €');
  await expect(total.locator('tr[data-line="paid"]')).toContainText('2 link');
  await expect(total.locator('tr[data-line="paid"]')).toContainText('1.550,50 ₺');
  await expect(total.locator('tr[data-line="open"]')).toContainText('99,90 ₺');
  await expect(total.locator('tr[data-line="expired"]')).toContainText('50,00 €');
  await expect(page.getByTestId('day-end-provider-paynet').locator('tr[data-line="made"]')).toContainText('399,90 ₺');
  await expect(page.getByTestId('day-end-account-acc_paynetdukkan1')).toContainText('Dükkân Paynet');
  await expect(page.getByTestId('day-end-marked')).toContainText('Şal ve güğüm');
  await app.screenshot('day-end-tr');

  await page.getByRole('button', { name: 'Dün' }).click();
  await expect(total.locator('tr[data-line="made"]')).toContainText('777,77 ₺');
  await page.getByRole('button', { name: 'Bugün' }).click();
  await expect(total.locator('tr[data-line="made"]')).toContainText('4 link');

  await page.getByRole('button', { name: 'CSV olarak kaydet' }).click();
  await expect(page.getByText(/Kaydedildi: .*paydesk-gun-sonu-/)).toBeVisible();
  const day = new Date(todayStart + 12 * 3_600_000).toISOString().slice(0, 10);
  const csv = await readFile(join(folder, `paydesk-gun-sonu-${day}.csv`), 'utf8');
  expect(csv).toContain(`Toplam;${day.split('-').reverse().join('.')};Ödenen;2;1.550,50;TRY;`);
  expect(csv).toContain(`Elle ödendi işaretlenenler;Dükkân Paynet · Şal ve güğüm;Ödenen;1;300,00;TRY;${records[4]!.reference}`);

  await page.getByRole('button', { name: 'Fişi yazdır' }).click();
  await expect(page.getByText('Gün sonu fişi yazdırıldı.')).toBeVisible();
  expect(printer.jobs).toHaveLength(1);
  expect(printer.jobs[0]!.job).toMatchObject({ deviceName: 'EPSON_TM_T20', silent: true });
  const pdf = join(folder, 'day-end.pdf');
  await writeFile(pdf, printer.jobs[0]!.output);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, join('test/artifacts/e2e', 'day-end-slip-80mm')]);
  expect(text).toContain('Güneş Çiçekçilik');
  expect(text).toContain('GÜN SONU');
  expect(text).toContain('Ödenen (2)');
  expect(text).toContain('1.550,50 ₺');
  expect(text).toContain('Şal ve güğüm');
  const widthPt = Number(/Page size:\s+([\d.]+) x/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  expect(Math.round((widthPt * 25.4) / 72)).toBe(80);

  await page.getByTestId('language-sidebar-en').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Day-end report' })).toBeVisible();
  await expect(total.locator('tr[data-line="paid"]')).toContainText('2 links');
  await app.screenshot('day-end-en');
});
