import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeytarVault } from '../../src/main/credentials/keytar-vault';
import { startPaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startShopDatabase } from '../integration/shop/shop-kit';
import { trackingVault } from '../support/tracking-vault';
import { CoreHarness } from './core-harness';
import { PayDeskApp, expect, test } from './fixtures';
import { newLinkForm } from './new-link-helpers';

/** Several counters, one shop (#17): two windows on two cores sharing one PostgreSQL. */
const PASSWORD = 'shop-e2e-password-0123456789';
const shopTiming = { intervalMs: 60_000, backoffBaseMs: 100, backoffMaxMs: 1_000, queueIdleMs: 300 };
const confirmShopServer = async () => true;
test.use({ coreDeps: { statusPolling: false, confirmShopServer, shopTiming } });

async function ok<T>(harness: CoreHarness, channel: string, input?: unknown): Promise<T> {
  const result = await harness.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

test('Birden çok kasa: join from Settings, a link made at one counter shows at the other with its name, paid in both, leaving keeps history', async ({
  app,
  page,
  harness,
  server,
  browser,
}) => {
  // Two cores, a PostgreSQL and two windows.
  test.setTimeout(90_000);
  const shop = await startShopDatabase({ shop_e2e: PASSWORD });
  const paynet = await startPaynetEmulator();
  const dirB = await mkdtemp(join(tmpdir(), 'paydesk-e2e-b-'));
  const vaultB = trackingVault(createKeytarVault({ service: `PayDesk-e2e-${randomBytes(6).toString('hex')}` }));
  const harnessB = new CoreHarness(dirB, vaultB, { statusPolling: false, confirmShopServer, shopTiming });
  const pageB = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const appB = new PayDeskApp(pageB, harnessB, server.url);
  try {
    await harness.start();
    const account = await ok<{ account: { id: string } }>(harness, 'accounts:create', {
      draft: { provider: 'paynet', label: 'Paynet Kasa', environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey: paynet.secretKey },
    });
    await app.open();
    await app.navButton(/Ayarlar/).click();
    const section = page.getByTestId('shop-counters');
    await expect(section.getByRole('heading', { name: 'Birden çok kasa' })).toBeVisible();
    // One computer alone may also become the shop's server, or join one with a code.
    await expect(page.getByTestId('shop-server-panel')).toBeVisible();

    // A wrong password is said in place; nothing is joined.
    const urlWithoutPassword = shop.shopUrl('shop_e2e').replace(/:[^:@/]+@/, '@');
    await section.getByLabel('Sunucu adresi').fill(urlWithoutPassword);
    await section.getByLabel('Parola (adreste yoksa)').fill('not-the-password-000');
    await section.getByLabel('Bu kasanın adı').fill('Kasa 1');
    await section.getByTestId('shop-join').click();
    await expect(section.getByRole('alert')).toContainText('kabul etmedi');
    await expect(section.getByLabel('Parola (adreste yoksa)')).toHaveValue('');
    expect((await ok<{ state: string }>(harness, 'shop:status')).state).toBe('off');

    await section.getByLabel('Parola (adreste yoksa)').fill(PASSWORD);
    await section.getByTestId('shop-join').click();
    await expect(section.getByTestId('shop-state')).toContainText(/Bağlı — son eşitleme \d\d:\d\d/);
    await expect(page.getByTestId('shop-sync')).toContainText(/Son eşitleme \d\d:\d\d/);
    await expect(page.getByTestId('shop-server-panel')).toHaveCount(0);
    await app.screenshot('shop-settings-tr');

    // The second counter joins (through its own core) and opens its window on History.
    await harnessB.start();
    await ok(harnessB, 'shop:join', { url: urlWithoutPassword, password: PASSWORD, counterName: 'Arka ofis' });
    await appB.attach();
    await appB.open();
    await appB.navButton(/Geçmiş/).click();

    const request = { reference: 'PDSHOPE2E000000001', linkType: 'amount', amount: { minor: 45_000, currency: 'TRY' }, description: 'Perde dikimi', customer: { name: 'Şule Çelik' }, maxInstallments: 1, language: 'tr', notifyBySms: false, notifyByEmail: false };
    await ok(harness, 'links:create', { accountId: account.account.id, mode: 'now', request });
    const rowB = pageB.getByTestId('history-row').filter({ hasText: 'Perde dikimi' });
    await expect(rowB).toBeVisible();
    await expect(rowB.getByTestId('row-counter')).toContainText('Kasa 1');
    await appB.screenshot('shop-history-other-counter-tr');

    // Paid at the provider, seen by a look-up at the first counter: paid at both.
    paynet.markPaid(request.reference);
    await ok(harness, 'links:check-status', { reference: request.reference });
    await expect(rowB.locator('[data-status="paid"]')).toBeVisible();
    await app.navButton(/Geçmiş/).click();
    await expect(page.getByTestId('history-row').filter({ hasText: 'Perde dikimi' }).locator('[data-status="paid"]')).toBeVisible();

    // "Dükkânın kuyruğuna bırak": left to the shop, made once by an open counter holding the key (this one).
    await app.navButton(/Yeni link/).click();
    const form = newLinkForm(page);
    await form.getByLabel('Tutar', { exact: true }).fill('320');
    await form.getByLabel('Açıklama', { exact: true }).fill('Halı yıkama');
    await form.getByLabel('Ad soyad').fill('Hüseyin Doğan');
    await form.getByTestId('leave-to-shop').click();
    // "Dükkânın kuyruğunda" shows until a counter makes it; this counter holds the key and is open, so that is at once.
    await appB.navButton(/Geçmiş/).click();
    await expect(pageB.getByTestId('history-row').filter({ hasText: 'Halı yıkama' }).getByTestId('row-counter')).toContainText('Kasa 1');
    expect(paynet.links.filter((link) => link.amount === 320)).toHaveLength(1);

    // With no open counter holding the key, a link left to the shop waits in its queue, listed on the Outbox page.
    await harness.vault.delete(account.account.id, 'secretKey');
    const waiting = { ...request, reference: 'PDSHOPE2E000000002', description: 'Kuru temizleme', customer: { name: 'Ömer Aydın' } };
    await ok(harness, 'links:create', { accountId: account.account.id, mode: 'shop', request: waiting });
    await appB.navButton(/Giden kutusu/).click();
    const queue = pageB.getByTestId('shop-queue');
    await expect(queue).toContainText('Dükkânın kuyruğunda (1)');
    await expect(queue).toContainText('Kuru temizleme');
    await expect(queue).toContainText('Sırada');
    await appB.screenshot('shop-queue-tr');
    await ok(harness, 'secrets:set', { accountId: account.account.id, field: 'secretKey', value: paynet.secretKey });
    await expect(queue).toHaveCount(0, { timeout: 15_000 });
    expect(paynet.links.filter((link) => link.reference_no === waiting.reference)).toHaveLength(1);

    // English words.
    await ok(harness, 'settings:update', { language: 'en' });
    await app.page.reload();
    await app.ready();
    await app.navButton(/Settings/).click();
    await expect(page.getByTestId('shop-counters').getByTestId('shop-state')).toContainText(/Connected — last synced \d\d:\d\d/);
    await app.screenshot('shop-settings-en');
    await ok(harness, 'settings:update', { language: 'tr' });
    await app.page.reload();
    await app.ready();

    // Leaving asks first, keeps every link here.
    await app.navButton(/Ayarlar/).click();
    await page.getByTestId('shop-leave').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ayır', exact: true }).click();
    await expect(page.getByTestId('shop-counters').getByLabel('Sunucu adresi')).toBeVisible();
    await expect(page.getByTestId('shop-sync')).toHaveCount(0);
    expect(await harness.invoke('history:get', { reference: request.reference })).toMatchObject({ ok: true });
    expect(appB.pageErrors).toEqual([]);
  } finally {
    await pageB.close();
    await harnessB.stop();
    await vaultB.deleteAll();
    await rm(dirB, { recursive: true, force: true });
    await paynet.stop();
    await shop.stop();
  }
});
