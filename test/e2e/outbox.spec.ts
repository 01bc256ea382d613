import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { expect, test } from './fixtures';

/** Short waits so the worker notices the provider is back within a second or two. */
test.use({
  coreDeps: { outboxPolicy: { backoffBaseMs: 300, backoffMaxMs: 1_000, idleCheckMs: 200, reconcileBaseMs: 300, stopGraceMs: 1_000 } },
});
test.describe.configure({ timeout: 90_000 });

const customers = ['Ayşe Yılmaz', 'Mehmet Öztürk', 'Çiğdem Kılıç'];

let paynet: PaynetEmulator;
test.beforeEach(async () => {
  paynet = await startPaynetEmulator();
});
test.afterEach(async () => {
  await paynet.stop();
});

test('Outbox: links made while the provider is down wait with a badge, then go out once each and appear in history', async ({
  app,
  page,
  harness,
}) => {
  await harness.start();
  const account = await harness.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet Kasa', environment: 'custom', baseUrl: paynet.url, settings: {} },
    secrets: { secretKey: paynet.secretKey },
  });
  expect(account.ok).toBe(true);
  await app.open();

  // Offline: the provider refuses every connection.
  await paynet.emulator.stop();
  for (const [i, name] of customers.entries()) {
    await page.getByLabel('Tutar', { exact: true }).fill(`${150 + i},50`);
    await page.getByLabel('Açıklama', { exact: true }).fill(`Çevrimdışı sipariş ${i + 1}`);
    await page.getByLabel('Ad soyad').fill(name);
    await page.getByRole('button', { name: 'Linki oluştur' }).click();
    const pending = page.getByTestId('pending-outcome');
    await expect(pending).toContainText('Çevrimdışı: giden kutusunda bekliyor');
    await expect(pending).toContainText(name);
    await pending.getByRole('button', { name: 'Yeni link' }).click();
  }

  const badge = page.getByTestId('outbox-badge');
  await expect(badge.locator('[aria-hidden="true"]')).toHaveText('3');
  await expect(app.navButton(/Giden kutusu/)).toHaveAccessibleName(/^Giden kutusu\s*3 bekleyen$/);
  await app.navButton(/Giden kutusu/).click();
  const items = page.getByTestId('outbox-item');
  await expect(items).toHaveCount(3);
  for (const name of customers) {
    const item = items.filter({ hasText: name });
    await expect(item).toHaveAttribute('data-state', /^(queued|retry-wait|sending)$/);
  }
  // Once a try has failed, the card says why and when the next one is.
  const waiting = page.locator('[data-testid="outbox-item"][data-state="retry-wait"]').first();
  await expect(waiting).toContainText('Son deneme başarısız:');
  await expect(waiting).toContainText('Sağlayıcıya ulaşılamıyor. İnternet bağlantınızı kontrol edin.');
  await expect(waiting.getByTestId('next-attempt')).toContainText('Sonraki deneme:');
  await expect(waiting.getByRole('button', { name: 'Şimdi gönder' })).toBeVisible();
  await expect(waiting.getByRole('button', { name: 'Düzenle' })).toBeVisible();
  await expect(page.getByTestId('outbox-summary')).toHaveText('Bekleyen: 3');
  await app.screenshot('outbox-offline-tr', { fullPage: false });
  expect(paynet.links).toHaveLength(0);

  // Back online, slowly enough to see the drain.
  paynet.emulator.latencyMs = 600;
  await paynet.emulator.start();
  await expect(page.getByTestId('outbox-progress')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('outbox-progress')).toContainText(/Gönderiliyor… \d\/3/);
  await expect(page.locator('[data-testid="outbox-item"][data-state="created"]')).toHaveCount(3, { timeout: 20_000 });
  await expect(badge).toHaveCount(0);
  await expect(page.getByTestId('outbox-progress')).toHaveCount(0);
  await app.screenshot('outbox-drained-tr', { fullPage: false });

  // Each link exists exactly once at the provider.
  expect(paynet.links).toHaveLength(3);
  for (const link of paynet.links) expect(paynet.emulator.processedByReference.get(link.reference_no)).toBe(1);

  // And in history, newest first.
  await app.navButton('Geçmiş').click();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('totals-count')).toHaveText('3 link');
  for (const name of customers) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expect(rows.first()).toContainText('Paynet');
});
