import type { ChannelOutput } from '../../src/shared/contract';
import type { AccountView } from '../../src/shared/domain/account';
import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startPaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test, type PayDeskApp } from './fixtures';
import { addAccount } from './new-link-helpers';

/** Short waits so the worker notices the provider is back within a second or two. */
test.use({
  coreDeps: { outboxPolicy: { backoffBaseMs: 300, backoffMaxMs: 1_000, idleCheckMs: 200, reconcileBaseMs: 300, absentRecheckMs: 300, stopGraceMs: 1_000 } },
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

async function openWithPaynetAccount(app: PayDeskApp): Promise<void> {
  await app.open();
  await addAccount(
    app,
    { provider: 'paynet', label: 'Paynet Kasa', environment: 'custom', baseUrl: paynet.url, settings: {} },
    { secretKey: paynet.secretKey },
  );
}

test('Outbox: links made while the provider is down wait with a badge, then go out once each and appear in history', async ({
  app,
  page,
}) => {
  await openWithPaynetAccount(app);

  // The provider is down (it refuses every connection) while the computer is online.
  await paynet.emulator.stop();
  for (const [i, name] of customers.entries()) {
    await page.getByLabel('Tutar', { exact: true }).fill(`${150 + i},50`);
    await page.getByLabel('Açıklama', { exact: true }).fill(`Çevrimdışı sipariş ${i + 1}`);
    await page.getByLabel('Ad soyad').fill(name);
    await page.getByRole('button', { name: 'Linki oluştur' }).click();
    const pending = page.getByTestId('pending-outcome');
    await expect(pending).toContainText('Paynet yanıt vermiyor: link giden kutusunda bekliyor');
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
  // Sent items repeat history: folded under "Tamamlananlar (3)", not a wall of cards.
  const done = page.getByTestId('outbox-done');
  await expect(done.locator('summary')).toHaveText(/Tamamlananlar \(3\)/);
  await expect(page.locator('[data-testid="outbox-item"][data-state="created"]').first()).toBeHidden();
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

test('Outbox: a create whose answer was lost is never re-sent blindly; the user decides with the facts', async ({ app, page, harness }) => {
  const paytr = await startPaytrEmulator();
  try {
    await harness.start();
    const account = await harness.invoke('accounts:create', {
      draft: { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
      secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
    });
    if (!account.ok) throw new Error(account.error.message);
    // PayTR makes the link, then the connection drops before the answer arrives.
    paytr.emulator.injectFault({ kind: 'reset-after-processing' }, { path: '/odeme/api/link/create' });
    const created = await harness.invoke('links:create', {
      accountId: (account.value as AccountView).account.id,
      mode: 'now',
      request: {
        reference: 'PDLOSTANSWER000000001',
        linkType: 'product',
        amount: { minor: 25_000, currency: 'TRY' },
        description: 'Gümüş kolye',
        customer: { name: 'Zeynep Şahin' },
        maxInstallments: 1,
        language: 'tr',
        notifyBySms: false,
        notifyByEmail: false,
      },
    });
    expect(created.ok && (created.value as ChannelOutput<'links:create'>).item.state).toBe('unknown');
    await app.open();

    await expect(page.getByTestId('outbox-badge').locator('[aria-hidden="true"]')).toHaveText('1');
    await app.navButton(/Giden kutusu/).click();
    const item = page.locator('[data-testid="outbox-item"][data-state="unknown"]');
    await expect(item).toHaveCount(1);
    // What needs the owner comes first, under its own heading.
    await expect(page.getByTestId('outbox-attention').locator('h2')).toHaveText('Kararınızı bekleyenler (1)');
    await expect(page.getByTestId('outbox-attention').locator('[data-state="unknown"]')).toBeVisible();
    const choice = item.getByTestId('outbox-unknown');
    await expect(choice).toContainText('Bu link oluşturulmuş olabilir');
    await expect(choice).toContainText('müşteriye iki ayrı link gidebilir');
    await expect(choice).toContainText('250,00 ₺');
    await expect(choice).toContainText('Zeynep Şahin');
    await expect(choice).toContainText('Gümüş kolye');
    await expect(choice).toContainText('PayTR');
    // No plain "send now" for an unknown item.
    await expect(item.getByRole('button', { name: 'Şimdi gönder' })).toHaveCount(0);
    await app.screenshot('outbox-unknown-tr', { fullPage: false });

    // "Create it again" asks first, with the risk spelled out; backing out changes nothing.
    await choice.getByRole('button', { name: 'Yeniden oluştur' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Link yeniden oluşturulsun mu?' });
    await expect(confirm).toContainText('iki link alabilir');
    await expect(confirm.getByRole('button', { name: 'Vazgeç' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(item).toHaveCount(1);
    expect(paytr.links.size).toBe(1);

    // The user checked the panel: it was created.
    await choice.getByRole('button', { name: 'Oluşturuldu — sağlayıcı panelinden kontrol edeceğim' }).click();
    // The item is done: it folds away under "Tamamlananlar", and the confirmation stays in sight above.
    await expect(page.locator('p.form-status[role="status"]')).toHaveText('Oluşturuldu olarak kaydedildi; Geçmiş’te görünür.');
    await expect(page.getByTestId('outbox-done').locator('summary')).toHaveText(/Tamamlananlar \(1\)/);
    await expect(page.getByTestId('outbox-badge')).toHaveCount(0);
    expect(paytr.links.size).toBe(1);

    // History keeps it, honest about what is not known.
    await app.navButton('Geçmiş').click();
    const row = page.getByTestId('history-row').filter({ hasText: 'Zeynep Şahin' });
    await expect(row).toContainText('Belirsiz');
    await row.getByRole('button').click();
    await expect(page.getByTestId('link-detail')).toContainText('Link adresi bilinmiyor');
  } finally {
    await paytr.stop();
  }
});

test.describe('with long retry waits', () => {
  // The worker would not retry for a minute: whatever goes out here went because of "send now".
  test.use({ coreDeps: { outboxPolicy: { backoffBaseMs: 60_000, backoffMaxMs: 60_000, idleCheckMs: 200, stopGraceMs: 1_000 } } });

  test('Outbox: a waiting link is edited in the form (same item, new amount), another cancelled, and "send now" sends it', async ({
    app,
    page,
  }) => {
    await openWithPaynetAccount(app);
    await paynet.emulator.stop();
    for (const [name, amount] of [['Ayşe Yılmaz', '100,00'], ['Mehmet Öztürk', '200,00']] as const) {
      await page.getByLabel('Tutar', { exact: true }).fill(amount);
      await page.getByLabel('Açıklama', { exact: true }).fill('Kapora');
      await page.getByLabel('Ad soyad').fill(name);
      await page.getByRole('button', { name: 'Linki oluştur' }).click();
      const pending = page.getByTestId('pending-outcome');
      await expect(pending).toContainText(name);
      await pending.getByRole('button', { name: 'Yeni link' }).click();
    }
    await app.navButton(/Giden kutusu/).click();
    const items = page.getByTestId('outbox-item');
    await expect(items).toHaveCount(2);

    // Cancel asks first; the item then stays as cancelled and leaves the badge.
    const mehmet = items.filter({ hasText: 'Mehmet Öztürk' });
    await mehmet.getByRole('button', { name: 'Gönderimi iptal et' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Bu gönderim iptal edilsin mi?' });
    await confirm.getByRole('button', { name: 'Evet, iptal et' }).click();
    await expect(mehmet).toHaveAttribute('data-state', 'cancelled');
    await expect(mehmet).toContainText('Gönderim iptal edildi.');
    await expect(page.getByTestId('outbox-badge').locator('[aria-hidden="true"]')).toHaveText('1');

    // Edit opens the form filled with the waiting request; saving replaces it (still one item).
    const ayse = items.filter({ hasText: 'Ayşe Yılmaz' });
    const reference = (await ayse.getAttribute('data-id'))!;
    await ayse.getByRole('button', { name: 'Düzenle' }).click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'new-link');
    await expect(page.getByLabel('Ad soyad')).toHaveValue('Ayşe Yılmaz');
    await page.getByLabel('Tutar', { exact: true }).fill('125,50');
    await page.getByRole('button', { name: 'Linki oluştur' }).click();
    await expect(page.getByTestId('pending-outcome')).toContainText(reference);
    await app.navButton(/Giden kutusu/).click();
    await expect(items).toHaveCount(2);
    await expect(ayse).toContainText('125,50 ₺');
    await expect(ayse).toHaveAttribute('data-id', reference);

    // Back online: "send now" does not wait for the next retry.
    await paynet.emulator.start();
    await ayse.getByRole('button', { name: 'Şimdi gönder' }).click();
    await expect(ayse).toHaveAttribute('data-state', 'created', { timeout: 15_000 });
    expect(paynet.links).toHaveLength(1);
    expect(paynet.links[0]!.reference_no).toBe(reference);
    expect(paynet.links[0]!.amount).toBe(125.5);
    expect(paynet.emulator.processedByReference.get(reference)).toBe(1);
  });
});
