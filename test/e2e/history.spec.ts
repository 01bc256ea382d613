import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { dateRangeBounds } from '../../src/shared/domain/date-range';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { currencies, formatMoney } from '../../src/shared/domain/money';
import { decodeQrPng } from '../support/qr-decode';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { measureFirstRows } from '../support/first-rows';
import { folderSaveFile, GENERATED, seedHistory } from './history-seeds';

const exports = folderSaveFile();
test.use({ coreDeps: { saveFile: exports.saveFile } });
test.describe.configure({ timeout: 180_000 });

const now = new Date();
let all: LinkRecord[] = [];
/** Searches run over all 100,000 links; on a busy shared machine an answer may take a few seconds. */
const searched = { timeout: 15_000 };

/** Types a search and waits until the list shows its answer (not the previous one). */
async function searchHistory(page: Page, text: string): Promise<void> {
  const scroll = page.getByTestId('history-scroll');
  await page.getByLabel('Ara', { exact: true }).fill(text);
  await expect(scroll).toHaveAttribute('data-search', text, searched);
  await expect(scroll).toHaveAttribute('aria-busy', 'false', searched);
}

/** `12.345 link` and `1.250,50 ₺` texts the totals bar should show for these records. */
function expectedTotals(records: LinkRecord[]) {
  const sums = currencies
    .map((currency) => records.filter((r) => r.amount.currency === currency))
    .filter((list) => list.length > 0)
    .map((list) => formatMoney({ minor: list.reduce((sum, r) => sum + r.amount.minor, 0), currency: list[0]!.amount.currency }));
  return { count: `${records.length.toLocaleString('tr-TR')} link`, sums };
}

test('History: 100,000 links, virtualised, newest first, searchable in Turkish, filtered, totalled, exported', async ({ app, page, harness }) => {
  all = await seedHistory(harness.dataDir, now);
  await app.open();
  const firstRowsMs = await measureFirstRows(page);
  console.log(`[history e2e] first rows visible ${firstRowsMs.toFixed(0)} ms after navigation (${GENERATED.toLocaleString('en')} links)`);

  const rows = page.getByTestId('history-row');
  const scroll = page.getByTestId('history-scroll');
  await expect(page.getByTestId('totals-count')).toHaveText(`${(GENERATED + 2).toLocaleString('tr-TR')} link`);
  // Newest first: the two seeds, then the generated links from the newest down.
  const newest = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  await expect(rows.nth(0)).toContainText('isik bilişim');
  await expect(rows.nth(1)).toContainText('Işık Özgür');
  await expect(rows.nth(2)).toContainText(newest[2]!.customer.name!);
  const stamps = page.locator('.history-row-button time');
  const times: string[] = [];
  for (let i = 0; i < (await stamps.count()); i++) times.push((await stamps.nth(i).getAttribute('datetime')) ?? '');
  expect(times.length).toBeGreaterThan(5);
  expect([...times].sort().reverse()).toEqual(times);

  // Scrolling through the whole list never puts more than 100 rows in the DOM.
  let most = await rows.count();
  type Scrollable = { scrollHeight: number; scrollTop: number };
  const height = await scroll.evaluate((el) => (el as unknown as Scrollable).scrollHeight);
  for (const fraction of [0.001, 0.01, 0.2, 0.5, 0.73, 0.999, 1]) {
    await scroll.evaluate((el, top) => void ((el as unknown as Scrollable).scrollTop = top), Math.floor(height * fraction));
    await expect(page.locator('.history-row-loading')).toHaveCount(0);
    most = Math.max(most, await rows.count());
    expect(await rows.count()).toBeLessThanOrEqual(100);
  }
  console.log(`[history e2e] at most ${most} row elements in the DOM while scrolling`);
  // At the very end: the oldest link.
  await expect(page.locator(`li[aria-posinset="${GENERATED + 2}"]`)).toContainText(all[0]!.customer.name!);

  // Turkish case folding: İSTANBUL finds "istanbul"; ışık and isik are different words.
  const search = page.getByLabel('Ara', { exact: true });
  const searchFor = (text: string) => searchHistory(page, text);
  await searchFor('İSTANBUL');
  await expect(page.getByTestId('totals-count')).toHaveText('1 link', searched);
  await expect(rows).toHaveCount(1, searched);
  await expect(rows.first()).toContainText('Kargo istanbul şubesi');
  await searchFor('ışık');
  // The exact spelling ranks first; the same word without Turkish letters follows (issue #21.5).
  await expect(rows.filter({ hasText: 'Işık Özgür' })).toHaveCount(1, searched);
  await expect(rows.first()).toContainText('Işık Özgür', searched);
  await searchFor('isik');
  await expect(rows.filter({ hasText: 'isik bilişim' })).toHaveCount(1, searched);
  await expect(rows.first()).toContainText('isik bilişim', searched);
  // An amount typed the Turkish way.
  await searchFor('1.250,50');
  await expect(rows.filter({ hasText: 'Işık Özgür' })).toHaveCount(1, searched);
  await app.screenshot('history-search-tr', { fullPage: false });
  await search.fill('');

  // Filters: provider and status, with totals checked against the generated data.
  await page.getByLabel('Sağlayıcı', { exact: true }).selectOption({ label: 'Paynet' });
  await page.getByLabel('Durum', { exact: true }).selectOption({ label: 'Ödendi' });
  const paidPaynet = all.filter((r) => r.provider === 'paynet' && r.status === 'paid');
  const paynetTotals = expectedTotals(paidPaynet);
  await expect(page.getByTestId('totals-count')).toHaveText(paynetTotals.count);
  await expect(page.getByTestId('totals-sum')).toHaveText(paynetTotals.sums);
  await expect(rows.first()).toContainText('Paynet');
  for (const text of await rows.allInnerTexts()) {
    expect(text).toContain('Paynet');
    expect(text).toContain('Ödendi');
  }

  // Export writes exactly the filtered set.
  await page.getByRole('button', { name: 'CSV olarak dışa aktar' }).click();
  await expect(page.getByTestId('export-status')).toContainText(`${paidPaynet.length.toLocaleString('tr-TR')} link kaydedildi`, {
    timeout: 30_000,
  });
  const csv = await readFile(exports.saved.at(-1)!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.length).toBe(paidPaynet.length + 1);
  const body = parsed.data.slice(1).flat().join('\n');
  expect(body).toContain(paidPaynet.at(-1)!.reference);
  expect(body).not.toContain('PDSEEDISTANBUL0001');

  // The end-of-day view: today's links only, with today's totals.
  await page.getByRole('button', { name: 'Bugün', exact: true }).click();
  const today = dateRangeBounds({ kind: 'today' }, new Date());
  if (!today.ok) throw new Error('today range');
  const todays = all.filter((r) => r.createdAt >= today.bounds.from! && r.createdAt <= today.bounds.to!);
  await expect(page.getByLabel('Tarih', { exact: true })).toHaveValue('today');
  await expect(page.getByLabel('Sağlayıcı', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('totals-count')).toHaveText(expectedTotals(todays).count);
  await expect(page.getByTestId('today-summary')).toContainText(`Oluşturulan: ${todays.length.toLocaleString('tr-TR')} link`);
  const paidToday = todays.filter((r) => r.status === 'paid').length;
  await expect(page.getByTestId('today-paid')).toContainText(`Ödenen: ${paidToday.toLocaleString('tr-TR')} link`);
  await app.screenshot('history-today-tr', { fullPage: false });

  // A custom range the wrong way round is explained, not queried.
  await page.getByLabel('Tarih', { exact: true }).selectOption('custom');
  await page.getByLabel('Başlangıç günü').fill('2026-11-10');
  await page.getByLabel('Bitiş günü').fill('2026-11-01');
  await expect(page.getByText('Başlangıç günü bitiş gününden sonra olamaz.')).toBeVisible();
  await page.getByRole('button', { name: 'Filtreleri temizle' }).click();
  await expect(page.getByTestId('totals-count')).toHaveText(`${(GENERATED + 2).toLocaleString('tr-TR')} link`);
});

test('History detail: timeline with outcomes, QR, copy, mark paid live, and why a provider cannot cancel', async ({ app, page, context, harness }) => {
  // The panel does not need the full 100,000: a smaller history keeps this test quick.
  await seedHistory(harness.dataDir, now, 2_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.navButton('Geçmiş').click();
  const rows = page.getByTestId('history-row');
  await searchHistory(page, 'PDSEEDISTANBUL0001');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button').click();

  const panel = page.getByTestId('link-detail');
  // The panel leads with what was sold (issue #21.12), the customer right under it.
  await expect(panel.getByRole('heading', { name: 'Kargo istanbul şubesi' })).toBeFocused();
  await expect(panel).toContainText('Işık Özgür');
  await expect(panel).toContainText('1.250,50 ₺');
  await expect(panel.getByTestId('detail-status')).toContainText('Ödeme bekliyor');
  await expect(panel.getByTestId('detail-status')).toContainText('PayTR linklerin ödenip ödenmediğini bildirmiyor');
  const timeline = panel.getByTestId('timeline');
  await expect(timeline.locator('li')).toHaveCount(3);
  await expect(timeline.locator('li').nth(0)).toContainText('E-posta gönderilemedi');
  await expect(timeline.locator('li').nth(0)).toContainText('Sağlayıcı isteği kabul etmedi. Sağlayıcının yanıtı: Gecersiz e-posta');
  await expect(timeline).not.toContainText('log text');
  await expect(timeline.locator('li').nth(1)).toContainText('SMS ile gönderildi');
  await expect(timeline.locator('li').nth(2)).toContainText('Link oluşturuldu');
  // PayTR has no look-up: no "check now" button.
  await expect(panel.getByRole('button', { name: 'Durumu şimdi sorgula' })).toHaveCount(0);

  // Copy puts the link on the clipboard and on the timeline.
  await panel.getByRole('button', { name: 'Linki kopyala' }).click();
  await expect(panel.getByTestId('detail-outcome')).toContainText('Link panoya kopyalandı.');
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe('https://www.paytr.com/link/SEEDISTANBUL1');
  await expect(timeline.locator('li').first()).toContainText('Link kopyalandı');

  // The QR on screen decodes to the link.
  await panel.getByRole('button', { name: 'QR kodu göster' }).click();
  const qr = panel.getByTestId('detail-qr').locator('svg');
  await expect(qr).toBeVisible();
  expect(decodeQrPng(await qr.screenshot())).toBe('https://www.paytr.com/link/SEEDISTANBUL1');
  await expect(timeline.locator('li').first()).toContainText('QR kod gösterildi');
  await app.screenshot('history-detail-tr', { fullPage: false });

  // Marked paid by hand, after a confirmation; the list row follows live.
  await panel.getByRole('button', { name: 'Elle ödendi işaretle' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Ödendi olarak işaretlensin mi?' });
  await expect(confirm).toContainText('1.250,50 ₺');
  await confirm.getByRole('button', { name: 'Evet, ödendi' }).click();
  await expect(panel.getByTestId('detail-outcome')).toContainText('Link elle ödendi olarak işaretlendi.');
  await expect(panel.getByTestId('detail-status')).toContainText('Ödendi');
  await expect(timeline.locator('li').first()).toContainText('Elle ödendi olarak işaretlendi');
  await expect(rows.first()).toContainText('Ödendi');

  // Ödüyo cannot cancel links: the panel says so instead of offering a button.
  await searchHistory(page, 'PDSEEDISIKBILISIM1');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button').click();
  await expect(panel.getByRole('heading', { name: 'Toptan sipariş' })).toBeVisible();
  await expect(panel).toContainText('isik bilişim');
  await expect(panel.getByRole('button', { name: 'Sağlayıcıda iptal et' })).toHaveCount(0);
  await expect(panel).toContainText('Ödüyo linkleri uygulamadan iptal etmeye izin vermiyor');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(rows.first().getByRole('button')).toBeFocused();

  // The list by keyboard: arrows, End and Home move between rows (scrolling them into the DOM), Enter opens.
  await searchHistory(page, '');
  await rows.first().getByRole('button').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('.history-row-button[data-index="3"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('.history-row-button[data-index="2001"]')).toBeFocused();
  expect(await rows.count()).toBeLessThanOrEqual(100);
  await page.keyboard.press('Home');
  await expect(page.locator('.history-row-button[data-index="0"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Toptan sipariş' })).toBeFocused();
});
