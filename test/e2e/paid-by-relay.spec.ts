import pg from 'pg';
import { startPaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { startShopDatabase } from '../integration/shop/shop-kit';
import { startRelay } from '../integration/relay/relay-process';
import { expect, test } from './fixtures';
import { addPaytrAccount, linkResult, newLinkForm } from './new-link-helpers';

/**
 * #18 through the window: a PayTR link made in the form turns "Ödendi" on screen after the
 * customer pays at PayTR (the emulator posts its callback to the shop's relay, a process of its
 * own), with no status look-up and no manual step.
 */
const HOST = 'relay.paydesk.test';
test.use({ coreDeps: { statusPolling: false, confirmShopServer: async () => true, shopTiming: { intervalMs: 60_000, backoffBaseMs: 100, backoffMaxMs: 1_000 } } });

test('a PayTR link made in the form turns paid on screen by itself, through the relay', async ({ app, page, harness }) => {
  test.setTimeout(90_000);
  const shop = await startShopDatabase({ shop_r: 'shop-relay-e2e-password-0123' });
  const owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  await owner.query('UPDATE shop_relay_tokens SET relay_url = $1 WHERE shop = $2', [`https://${HOST}`, 'shop_r']);
  await owner.end();
  const relay = await startRelay({ databaseUrl: shop.relayUrl });
  const paytr = await startPaytrEmulator({ callbacks: { hosts: { [HOST]: relay.url }, retryMs: 50, maxAttempts: 400 } });
  try {
    await harness.start();
    const joined = await harness.invoke('shop:join', { url: shop.shopUrl('shop_r'), counterName: 'Kasa 1' });
    expect(joined.ok).toBe(true);
    await expect.poll(async () => ((await harness.invoke('shop:status', undefined)) as { value?: { paidReports?: boolean } }).value?.paidReports).toBe(true);

    await app.open();
    await addPaytrAccount(app, paytr);
    const form = newLinkForm(page);
    await form.getByLabel('Tutar', { exact: true }).fill('275');
    await form.getByLabel('Açıklama', { exact: true }).fill('Ayakkabı tamiri');
    await form.getByTestId('create-link').click();
    await expect(linkResult(page)).toBeVisible();

    const link = [...paytr.links.values()].find((l) => l.fields.name === 'Ayakkabı tamiri');
    expect(link?.fields.callback_link).toBe(`https://${HOST}/paytr/${shop.relayTokens.shop_r}`);
    paytr.markPaid(link!.id);

    // The alert, and the row in History, say paid: nobody pressed anything.
    await expect(page.getByTestId('paid-alert').filter({ hasText: 'Ayakkabı tamiri' })).toBeVisible({ timeout: 15_000 });
    await app.navButton(/Geçmiş/).click();
    await expect(page.getByTestId('history-row').filter({ hasText: 'Ayakkabı tamiri' }).locator('[data-status="paid"]')).toBeVisible();
    await page.getByTestId('history-row').filter({ hasText: 'Ayakkabı tamiri' }).click();
    await expect(page.getByText('PayTR bildirimi, doğrulandı')).toBeVisible();
    await app.screenshot('paid-by-relay-tr');
  } finally {
    await relay.stop();
    await paytr.stop();
    await shop.stop();
  }
});
