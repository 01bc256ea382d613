import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import pg from 'pg';
import { createKeytarVault } from '../../src/main/credentials/keytar-vault';
import { publishLink } from '../../src/main/shop/shop-history-search';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startShopDatabase, type ShopDatabase } from '../integration/shop/shop-kit';
import { filesContaining } from '../support/find-in-files';
import { startTcpProxy } from '../support/tcp-proxy';
import { trackingVault } from '../support/tracking-vault';
import { CoreHarness } from './core-harness';
import { PayDeskApp, expect, test } from './fixtures';
import { addAccount, linkResult, newLinkForm, openInHistory } from './new-link-helpers';

/**
 * Several counters, one shop (#17) through the window: Settings → "Birden çok kasa" joins a real
 * throwaway PostgreSQL (main's own confirmation answered by the harness), and two windows on two
 * cores share links within seconds.
 */
const PASSWORD = 'shop-e2e-password-0123456789';
const WRONG_PASSWORD = 'not-the-shop-password-000';
const SHOP = 'shop_e2e';
const shopTiming = { intervalMs: 500, backoffBaseMs: 200, backoffMaxMs: 2_000, queueIdleMs: 300 };
const coreDeps = { statusPolling: false, shopTiming };
test.use({ coreDeps, viewport: { width: 1366, height: 768 } });

/** The keychain entry main keeps the shop password in (src/main/shop/shop-password.ts). */
const shopPasswordEntry = ['paydesk-shop', 'password'] as const;
const turkish = { settings: /Ayarlar/, url: 'Sunucu adresi', password: 'Parola', counterName: 'Bu kasanın adı', join: 'Bağlan' };
const english = { settings: /Settings/, url: 'Server address', password: 'Password', counterName: 'This counter’s name', join: 'Connect' };
type Words = typeof turkish;

const section = (page: Page) => page.getByTestId('shop-counters');
/** The shop's address as its owner hands it out: the password apart, to be typed in its own field. */
const addressWithoutPassword = (shop: ShopDatabase) => shop.shopUrl(SHOP).replace(/:[^:@/]+@/, '@');

/** The window as the owner sees it at 1366×768, scrolled to "Birden çok kasa" (the sync line in view too). */
async function screenshotSection(app: PayDeskApp, name: string): Promise<void> {
  await section(app.page).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await app.screenshot(name, { fullPage: false });
}

/** Fills the join form in Settings the way an owner does and presses "Bağlan". */
async function joinFromSettings(app: PayDeskApp, entry: { url: string; password: string; counterName: string }, words: Words = turkish): Promise<void> {
  await app.navButton(words.settings).click();
  const form = section(app.page).getByTestId('shop-join-form');
  await form.getByLabel(words.url).fill(entry.url);
  await form.getByLabel(words.password, { exact: true }).fill(entry.password);
  await form.getByLabel(words.counterName).fill(entry.counterName);
  await form.getByRole('button', { name: words.join, exact: true }).click();
}

async function shopState(harness: CoreHarness): Promise<string> {
  const result = await harness.invoke('shop:status', undefined);
  return result.ok ? (result.value as { state: string }).state : 'unreadable';
}

/** Joining is refused and nothing of it stays: not joined, no keychain entry, no file holding the password. */
async function expectNothingSaved(harness: CoreHarness, password: string): Promise<void> {
  expect(await shopState(harness)).toBe('off');
  expect(await harness.vault.get(...shopPasswordEntry)).toBeNull();
  expect(await filesContaining(harness.dataDir, password)).toEqual([]);
}

test('Birden çok kasa: wrong password, unreadable or unreachable address and an unconfirmed server are said in place with nothing saved; joined, online, offline and refused in words in Turkish and English', async ({
  app,
  page,
  harness,
}) => {
  test.setTimeout(60_000);
  const shop = await startShopDatabase({ [SHOP]: PASSWORD });
  // The counter reaches the server through a line the test can cut (the shop's network going down).
  const line = await startTcpProxy(shop.server.port);
  try {
    await app.open();
    await app.navButton(/Ayarlar/).click();
    const counters = section(page);
    await expect(counters.getByRole('heading', { name: 'Birden çok kasa' })).toBeVisible();
    await expect(counters).toContainText('Tek bilgisayar için bir şey yapmanız gerekmez.');
    await expect(counters.getByLabel('Bu kasanın adı')).toHaveValue('Kasa 1');
    await expect(counters.getByLabel('Sunucu adresi')).toHaveAttribute('placeholder', 'postgres://…');
    await expect(counters.getByLabel('Parola', { exact: true })).toHaveAttribute('type', 'password');
    // One computer alone may also become the shop's server, or join one with a code.
    await expect(page.getByTestId('shop-server-panel')).toBeVisible();
    await expect(page.getByTestId('shop-sync')).toHaveCount(0);
    const alert = counters.getByRole('alert');
    const address = addressWithoutPassword(shop).replace(`:${shop.server.port}/`, `:${line.port}/`);

    // An address PayDesk cannot read: said before any question.
    await joinFromSettings(app, { url: 'sunucu.example.com', password: PASSWORD, counterName: 'Kasa 1' });
    await expect(alert).toContainText('Sunucu adresi okunamadı.');
    expect(harness.shopServer.asked).toHaveLength(0);

    // The wrong password: the server's answer in the owner's words, the field emptied, nothing kept.
    await joinFromSettings(app, { url: address, password: WRONG_PASSWORD, counterName: 'Kasa 1' });
    await expect(alert).toHaveText('Sunucu bu kullanıcı adını ya da parolayı kabul etmedi.');
    await expect(counters.getByLabel('Parola', { exact: true })).toHaveValue('');
    await expect(counters.getByLabel('Sunucu adresi')).toHaveValue(address);
    expect(harness.shopServer.asked).toHaveLength(1);
    expect(harness.shopServer.asked[0]!.message).toBe(`Bu kasa “127.0.0.1:${line.port}/paydesk” sunucusundaki dükkâna bağlansın mı?`);
    expect(harness.shopServer.asked[0]!.buttons).toEqual(['Vazgeç', 'Bağlan']);
    await expectNothingSaved(harness, WRONG_PASSWORD);
    await screenshotSection(app, 'shop-settings-wrong-password-tr');

    // The owner says no in main's dialog.
    harness.shopServer.answer = false;
    await joinFromSettings(app, { url: address, password: PASSWORD, counterName: 'Kasa 1' });
    await expect(alert).toHaveText('Bağlantı onaylanmadı; hiçbir şey paylaşılmadı.');
    await expectNothingSaved(harness, PASSWORD);
    harness.shopServer.answer = true;

    // No server listens there.
    await joinFromSettings(app, { url: address.replace(`:${line.port}/`, ':1/'), password: PASSWORD, counterName: 'Kasa 1' });
    await expect(alert).toContainText('Sunucuya ulaşılamadı.');
    await expectNothingSaved(harness, PASSWORD);

    // Joined: the facts, the state in words, the quiet line under the navigation.
    await joinFromSettings(app, { url: address, password: PASSWORD, counterName: 'Ön kasa' });
    await expect(counters.getByTestId('shop-state')).toHaveText(/^Bağlı — son eşitleme \d\d:\d\d$/);
    await expect(counters.getByTestId('shop-counter-name')).toHaveText('Ön kasa');
    await expect(counters).toContainText(`127.0.0.1:${line.port}/paydesk`);
    await expect(counters.getByRole('button', { name: 'Bu kasayı dükkândan ayır' })).toBeVisible();
    await expect(page.getByTestId('shop-sync')).toHaveText(/^Son eşitleme \d\d:\d\d$/);
    await expect(page.getByTestId('shop-server-panel')).toHaveCount(0);
    await screenshotSection(app, 'shop-settings-tr');
    // The password went to the keychain only: not in the page, no file, no answer from main.
    expect(await harness.vault.get(...shopPasswordEntry)).not.toBeNull();
    expect(await page.content()).not.toContain(PASSWORD);
    expect(await filesContaining(harness.dataDir, PASSWORD)).toEqual([]);
    expect(harness.recordedText()).not.toContain(PASSWORD);

    // The line under the navigation leads back here, to this section.
    await app.navButton(/Geçmiş/).click();
    await page.getByTestId('shop-sync').click();
    await expect(counters.getByRole('heading', { name: 'Birden çok kasa' })).toBeFocused();

    // English words.
    await page.getByTestId('language-sidebar-en').click();
    await expect(counters.getByRole('heading', { name: 'Several counters' })).toBeVisible();
    await expect(counters.getByTestId('shop-state')).toHaveText(/^Connected — last synced \d\d:\d\d$/);
    await expect(page.getByTestId('shop-sync')).toHaveText(/^Last synced \d\d:\d\d$/);
    await screenshotSection(app, 'shop-settings-en');
    await page.getByTestId('language-sidebar-tr').click();

    // The line is cut: this counter says so and keeps working; healed, it is back by itself.
    line.cut();
    await expect(counters.getByTestId('shop-state')).toHaveText(/^Bağlantı yok — son eşitleme \d\d:\d\d; bu kasa çalışmaya devam ediyor$/, { timeout: 10_000 });
    await expect(counters).toContainText('Sunucuya ulaşılamadı.');
    await expect(page.getByTestId('shop-sync')).toHaveText(/^Bağlantı yok · \d\d:\d\d$/);
    await screenshotSection(app, 'shop-settings-offline-tr');
    line.heal();
    await expect(counters.getByTestId('shop-state')).toHaveText(/^Bağlı — son eşitleme \d\d:\d\d$/, { timeout: 10_000 });

    // The shop's password changed on the server: refused, with why.
    const owner = new pg.Client({ connectionString: shop.ownerUrl });
    await owner.connect();
    await owner.query(`ALTER ROLE ${SHOP} PASSWORD 'changed-on-the-server-0123456789'`);
    await owner.end();
    line.cut();
    line.heal();
    await expect(counters.getByTestId('shop-state')).toHaveText('Sunucu bu kasayı kabul etmedi: Sunucu bu kullanıcı adını ya da parolayı kabul etmedi.', { timeout: 10_000 });
    await expect(page.getByTestId('shop-sync')).toHaveText('Sunucu bu kasayı kabul etmedi');
    await screenshotSection(app, 'shop-settings-refused-tr');

    // In English, refused and then alone again: the way out works whatever the state.
    await page.getByTestId('language-sidebar-en').click();
    await expect(counters.getByTestId('shop-state')).toHaveText('The server did not accept this counter: The server did not accept this user name or password.');
    await counters.getByRole('button', { name: 'Take this counter out of the shop' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('No link or customer on this computer is deleted.');
    await confirm.getByRole('button', { name: 'Take it out', exact: true }).click();
    for (const label of [english.url, english.counterName]) await expect(counters.getByLabel(label)).toBeVisible();
    await expect(counters.getByLabel(english.password, { exact: true })).toBeVisible();
    await expect(counters.getByRole('button', { name: english.join, exact: true })).toBeVisible();
    await expect(page.getByTestId('shop-sync')).toHaveCount(0);
    expect(await harness.vault.get(...shopPasswordEntry)).toBeNull();
    await screenshotSection(app, 'shop-settings-off-en');
  } finally {
    await line.stop();
    await shop.stop();
  }
});

test('two windows on two cores in one shop: a link made at one shows at the other within 2 s with its counter, paid in both, one left to the shop is made once, leaving keeps history', async ({
  app,
  page,
  harness,
  server,
  browser,
}) => {
  test.setTimeout(90_000);
  const shop = await startShopDatabase({ [SHOP]: PASSWORD });
  const paynet: PaynetEmulator = await startPaynetEmulator();
  const dirB = await mkdtemp(join(tmpdir(), 'paydesk-e2e-b-'));
  const vaultB = trackingVault(createKeytarVault({ service: `PayDesk-e2e-${randomBytes(6).toString('hex')}` }));
  const harnessB = new CoreHarness(dirB, vaultB, coreDeps);
  const pageB = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'tr-TR' });
  const appB = new PayDeskApp(pageB, harnessB, server.url);
  try {
    const address = addressWithoutPassword(shop);
    await app.open();
    const accountId = await addAccount(
      app,
      { provider: 'paynet', label: 'Paynet Kasa', environment: 'custom', baseUrl: paynet.url, settings: {} },
      { secretKey: paynet.secretKey },
    );
    await joinFromSettings(app, { url: address, password: PASSWORD, counterName: 'Ön kasa' });
    await expect(section(page).getByTestId('shop-state')).toHaveText(/^Bağlı — son eşitleme \d\d:\d\d$/);

    // The second counter joins from its own window, on its own data folder and keychain.
    await appB.attach();
    await appB.open();
    await joinFromSettings(appB, { url: address, password: PASSWORD, counterName: 'Arka ofis' });
    await expect(section(pageB).getByTestId('shop-state')).toHaveText(/^Bağlı — son eşitleme \d\d:\d\d$/);
    expect(harnessB.shopServer.asked).toHaveLength(1);
    await appB.navButton(/Geçmiş/).click();

    // A link made in window A's New link form…
    await app.navButton(/Yeni link/).click();
    const form = newLinkForm(page);
    await form.getByLabel('Tutar', { exact: true }).fill('450');
    await form.getByLabel('Açıklama', { exact: true }).fill('Perde dikimi');
    await form.getByLabel(/^Ad soyad/).fill('Şule Çelik');
    await form.getByRole('button', { name: 'Linki oluştur' }).click();
    await expect(linkResult(page).getByRole('heading', { name: /Link hazır/ })).toBeVisible();
    const madeAt = Date.now();
    // …is in window B's history within 2 s, naming the counter that made it.
    const rowB = pageB.getByTestId('history-row').filter({ hasText: 'Perde dikimi' });
    await expect(rowB).toBeVisible({ timeout: 2_000 });
    test.info().annotations.push({ type: 'shared after', description: `${Date.now() - madeAt} ms` });
    await expect(rowB.getByTestId('row-counter')).toHaveText('· Kasa: Ön kasa');
    await rowB.click();
    const detailB = pageB.getByTestId('link-detail');
    await expect(detailB.getByTestId('detail-counter')).toHaveText('Ön kasa');
    await expect(detailB).toContainText('Kasa');
    await appB.screenshot('shop-history-other-counter-tr');
    expect(paynet.links).toHaveLength(1);
    const reference = paynet.links[0]!.reference_no;

    // Paid at Paynet; window A asks Paynet, and both windows say paid.
    paynet.markPaid(reference);
    const detailA = await openInHistory(app, 'Perde dikimi');
    await detailA.getByRole('button', { name: 'Durumu şimdi sorgula' }).click();
    await expect(page.getByTestId('history-row').filter({ hasText: 'Perde dikimi' }).locator('[data-status="paid"]')).toBeVisible();
    await expect(rowB.locator('[data-status="paid"]')).toBeVisible({ timeout: 5_000 });

    // "Dükkânın kuyruğuna bırak": left to the shop, made once by an open counter holding the key (window A's).
    await app.navButton(/Yeni link/).click();
    await linkResult(page).getByRole('button', { name: 'Yeni link', exact: true }).click();
    await form.getByLabel('Tutar', { exact: true }).fill('320');
    await form.getByLabel('Açıklama', { exact: true }).fill('Halı yıkama');
    await form.getByLabel(/^Ad soyad/).fill('Hüseyin Doğan');
    await form.getByTestId('leave-to-shop').click();
    await expect(pageB.getByTestId('history-row').filter({ hasText: 'Halı yıkama' }).getByTestId('row-counter')).toHaveText('· Kasa: Ön kasa');
    expect(paynet.links.filter((link) => link.amount === 320)).toHaveLength(1);

    // With no open counter holding the key, a link left to the shop waits in its queue, listed on B's Outbox page.
    await harness.vault.delete(accountId, 'secretKey');
    const waiting = {
      reference: 'PDSHOPE2E000000002',
      linkType: 'amount',
      amount: { minor: 45_000, currency: 'TRY' },
      description: 'Kuru temizleme',
      customer: { name: 'Ömer Aydın' },
      maxInstallments: 1,
      language: 'tr',
      notifyBySms: false,
      notifyByEmail: false,
    };
    expect((await harness.invoke('links:create', { accountId, mode: 'shop', request: waiting })).ok).toBe(true);
    await appB.navButton(/Giden kutusu/).click();
    const queue = pageB.getByTestId('shop-queue');
    await expect(queue).toContainText('Dükkânın kuyruğunda (1)');
    await expect(queue).toContainText('Kuru temizleme');
    await expect(queue).toContainText('Sırada');
    await appB.screenshot('shop-queue-tr');
    expect((await harness.invoke('secrets:set', { accountId, field: 'secretKey', value: paynet.secretKey })).ok).toBe(true);
    await expect(queue).toHaveCount(0, { timeout: 15_000 });
    expect(paynet.links.filter((link) => link.reference_no === waiting.reference)).toHaveLength(1);

    // A counter switched off mid-request left an item unknown: the owner decides once, at window B.
    const lost = { ...waiting, reference: 'PDSHOPE2E000000003', description: 'Ütü tamiri', customer: { name: 'Nuri Kaya' } };
    const lostItem = {
      id: lost.reference,
      accountId,
      provider: 'paynet',
      job: { kind: 'create-link', request: lost },
      state: 'sending',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      attempts: 1,
    };
    const ownerClient = new pg.Client({ connectionString: shop.ownerUrl });
    await ownerClient.connect();
    await ownerClient
      .query(
        `INSERT INTO shop_outbox (shop, id, owner_counter, any_counter, state, item, account_id, fence, claimed_by)
         VALUES ($1, $2, 'gone-counter', true, 'unknown', $3, $4, 2, 'gone-counter')`,
        [SHOP, lost.reference, JSON.stringify(lostItem), accountId],
      )
      .finally(() => ownerClient.end());
    await pageB.reload();
    await appB.navButton(/Giden kutusu/).click();
    const unknown = pageB.getByTestId('shop-queue-unknown');
    await expect(unknown).toContainText('sağlayıcıya ulaşmış olabilir');
    await expect(queue).toContainText('Ütü tamiri');
    await appB.screenshot('shop-queue-unknown-tr');
    await unknown.getByRole('button', { name: 'Yeniden oluştur' }).click();
    const again = pageB.getByRole('alertdialog');
    await expect(again).toContainText('iki link alabilir');
    await again.getByRole('button', { name: 'Evet, yeniden oluştur' }).click();
    // Window A holds the key: it makes it, once, and both histories have it.
    await expect(queue).toHaveCount(0, { timeout: 15_000 });
    await expect.poll(async () => (await harness.invoke('history:get', { reference: lost.reference })).ok, { timeout: 10_000 }).toBe(true);
    expect(paynet.links.filter((link) => link.reference_no === lost.reference)).toHaveLength(1);

    // History also searches the shop's server for what the counters no longer keep: a link paid two years ago.
    const made = await harness.invoke('history:get', { reference });
    expect(made.ok).toBe(true);
    const twoYearsAgo = new Date(Date.now() - 730 * 24 * 3600_000).toISOString();
    const old = { ...(made.ok ? (made.value as LinkRecord) : ({} as LinkRecord)), reference: 'PDOLDE2E0000000001', description: 'Eski perde siparişi', createdAt: twoYearsAgo, updatedAt: twoYearsAgo, status: 'paid' as const, counter: 'Kasa 3' };
    const shopRole = new pg.Client({ connectionString: shop.shopUrl(SHOP) });
    await shopRole.connect();
    await publishLink(shopRole, old).finally(() => shopRole.end());
    await appB.navButton(/Geçmiş/).click();
    await pageB.getByRole('searchbox', { name: 'Ara' }).fill('eski perde');
    await expect(pageB.getByTestId('history-no-match')).toBeVisible();
    const older = pageB.getByTestId('older-shop-links');
    await expect(older.getByRole('heading', { name: 'Daha eski linkler — dükkânın sunucusunda' })).toBeVisible();
    await expect(older.getByRole('listitem')).toHaveCount(1);
    await expect(older.getByRole('listitem')).toContainText('Eski perde siparişi');
    await expect(older.getByRole('listitem')).toContainText('Kasa: Kasa 3');
    await expect(older.locator('[data-status="paid"]')).toBeVisible();
    await appB.screenshot('shop-history-older-tr');
    // A search that the counter answers itself still looks there too, and says when nothing older matches.
    await pageB.getByRole('searchbox', { name: 'Ara' }).fill('halı yıkama');
    await expect(pageB.getByTestId('history-row').filter({ hasText: 'Halı yıkama' })).toBeVisible();
    await expect(pageB.getByTestId('older-shop-links-none')).toHaveText('Sunucuda bu aramayla eşleşen daha eski link yok.');
    await pageB.getByRole('searchbox', { name: 'Ara' }).fill('');
    await expect(older).toHaveCount(0);

    // Window B leaves the shop: asked first, and every link stays in its history.
    await appB.navButton(/Ayarlar/).click();
    await section(pageB).getByRole('button', { name: 'Bu kasayı dükkândan ayır' }).click();
    const confirm = pageB.getByRole('alertdialog');
    await expect(confirm).toContainText('Bu bilgisayardaki hiçbir link ya da müşteri silinmez.');
    await confirm.getByRole('button', { name: 'Ayır', exact: true }).click();
    await expect(section(pageB).getByLabel('Sunucu adresi')).toBeVisible();
    await expect(pageB.getByTestId('shop-sync')).toHaveCount(0);
    await appB.navButton(/Geçmiş/).click();
    for (const description of ['Perde dikimi', 'Halı yıkama', 'Kuru temizleme', 'Ütü tamiri']) {
      await expect(pageB.getByTestId('history-row').filter({ hasText: description })).toBeVisible();
    }
    await expect(rowB.locator('[data-status="paid"]')).toBeVisible();
    // Window A is still in the shop.
    await expect(page.getByTestId('shop-sync')).toHaveText(/^Son eşitleme \d\d:\d\d$/);
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
