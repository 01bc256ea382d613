import { HistoryStore } from '../../src/main/store/history/history-store';
import { NoticeBoard } from '../../src/main/store/notice-board';
import { systemClock } from '../../src/main/clock';
import type { LinkRecord, TimelineEvent } from '../../src/shared/domain/link-record';
import { expect, test } from './fixtures';

/** Issue #21 items 3, 5 and 12: History at a 1366×768 counter screen. */
test.use({ viewport: { width: 1366, height: 768 } });

const now = Date.now();
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const LONG = 'Gelin buketi, beyaz güller ve kır çiçekleri; kurdeleli, kutulu, cumartesi 10:00 teslim, kartta “Mutluluklar” yazsın, kapıda zil çalmasın lütfen';

function record(n: number, patch: Partial<LinkRecord>): LinkRecord {
  return {
    reference: `PDCOUNTER${String(n).padStart(12, '0')}`,
    kind: 'link',
    accountId: 'acc_paytrmagaza01',
    provider: 'paytr',
    accountLabel: 'PayTR Mağaza',
    createdAt: at(100 - n),
    updatedAt: at(100 - n),
    linkType: 'product',
    amount: { minor: 10_000, currency: 'TRY' },
    description: `Satış ${n}`,
    customer: {},
    maxInstallments: 1,
    url: `https://www.paytr.com/link/C${n}`,
    providerRefs: { id: `C${n}` },
    status: 'active',
    timeline: [{ at: at(100 - n), kind: 'created', outcome: 'ok' }],
    ...patch,
  };
}

const sends: TimelineEvent[] = [
  { at: at(50), kind: 'created', outcome: 'ok' },
  { at: at(49), kind: 'sent', outcome: 'ok', channel: 'whatsapp', detail: '+905551234567' },
  { at: at(48), kind: 'sent', outcome: 'ok', channel: 'mailto', detail: 'gelin@example.com.tr' },
  ...Array.from({ length: 14 }, (_, i): TimelineEvent => ({ at: at(47 - i), kind: 'sent', outcome: 'ok', channel: 'copy' })),
];

const seeds: LinkRecord[] = [
  record(1, { status: 'paid', amount: { minor: 125_050, currency: 'TRY' }, customer: { name: 'Ayşe Yılmaz' } }),
  record(2, { status: 'paid', amount: { minor: 9_900, currency: 'EUR' } }),
  record(3, { status: 'active', amount: { minor: 50_000, currency: 'TRY' }, description: 'cicek sepeti' }),
  record(4, { status: 'expired', amount: { minor: 20_000, currency: 'TRY' } }),
  record(5, { status: 'cancelled', amount: { minor: 1_500, currency: 'EUR' } }),
  record(6, { status: 'active', amount: { minor: 30_000, currency: 'TRY' }, description: LONG, timeline: sends }),
  record(7, { status: 'failed', amount: { minor: 99_900, currency: 'TRY' } }),
];

test('#21.3 #21.5 #21.12 totals per outcome, sends searchable (also without Turkish letters), rows led by the sale', async ({
  app,
  page,
  harness,
}) => {
  test.slow();
  const store = await HistoryStore.open(harness.dataDir, new NoticeBoard(), systemClock);
  for (const seed of seeds) await store.append(seed);
  await store.close();
  await app.open();
  await app.navButton('Geçmiş').click();

  // 3: collected, awaiting and expired/cancelled apart, per currency; the failed link counts nowhere.
  const totals = page.getByTestId('history-totals');
  await expect(totals.getByTestId('totals-collected')).toHaveText(/Tahsil edilen \(2\)\s*1\.250,50 ₺\s*99,00 €/);
  await expect(totals.getByTestId('totals-awaiting')).toHaveText(/Ödeme bekleyen \(2\)\s*800,00 ₺/);
  await expect(totals.getByTestId('totals-closed')).toHaveText(/Süresi dolan \/ iptal \(2\)\s*200,00 ₺\s*15,00 €/);

  // 12: rows lead with the description (then the customer), never a grey "Müşteri yok".
  const rows = page.getByTestId('history-row');
  await expect(page.getByText('Müşteri yok')).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Ayşe Yılmaz' }).locator('.history-row-lead')).toHaveText('Satış 1 · Ayşe Yılmaz');
  await expect(rows.filter({ hasText: 'Satış 2' }).locator('.history-row-lead')).toHaveText('Satış 2');
  await app.screenshot('counter-history-totals-tr', { fullPage: false });

  // 5: the number and address it was sent to are part of the link: shown and searchable.
  const search = page.getByRole('searchbox');
  await search.fill('0555');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('row-sent-to')).toHaveText(['· → 0555 123 45 67', '· → gelin@example.com.tr']);
  await search.fill('gelin@example.com.tr');
  await expect(rows).toHaveCount(1);
  // `cicek` finds “çiçekleri” too, after the exact “cicek sepeti”.
  await search.fill('cicek');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('cicek sepeti');
  await expect(rows.nth(1)).toContainText('Gelin buketi');
  await app.screenshot('counter-history-search-tr', { fullPage: false });

  // 12: the detail shows the whole description and the whole timeline, with no scroll box of its own.
  await rows.nth(1).click();
  const detail = page.getByTestId('link-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(LONG);
  await expect(detail.getByTestId('timeline').locator('li')).toHaveCount(17);
  const nested = await detail.evaluate((el) => {
    const styleOf = (globalThis as unknown as { getComputedStyle(e: unknown): { overflowY: string } }).getComputedStyle;
    return el.scrollHeight > el.clientHeight + 1 || styleOf(el).overflowY !== 'visible';
  });
  expect(nested).toBe(false);
  await app.screenshot('counter-history-detail-tr', { fullPage: true });

  await search.fill('');
  await page.getByTestId('language-sidebar-en').click();
  await expect(totals.getByTestId('totals-collected')).toHaveText(/Collected \(2\)\s*1\.250,50 ₺\s*99,00 €/);
  await expect(totals.getByTestId('totals-closed')).toHaveText(/Expired \/ cancelled \(2\)/);
  await app.screenshot('counter-history-en', { fullPage: false });
});
