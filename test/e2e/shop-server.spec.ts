import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createKeytarVault } from '../../src/main/credentials/keytar-vault';
import { formatIstanbulTime } from '../../src/shared/domain/istanbul-time';
import type { ShopPairingCode, ShopStatus } from '../../src/shared/domain/shop';
import { trackingVault } from '../support/tracking-vault';
import { stopShopServerIn } from '../../src/main/shop/shop-server-host';
import { CoreHarness } from './core-harness';
import { PayDeskApp, expect, test } from './fixtures';

/**
 * This PC as the shop's server through the window: Settings makes it one (the bundled PostgreSQL on
 * a free port), and once it is joined to itself the "Birden çok kasa" section says so and hands out
 * one-time codes that another counter pairs with.
 */
const shopTiming = { intervalMs: 500, backoffBaseMs: 200, backoffMaxMs: 2_000, queueIdleMs: 300 };
test.use({ coreDeps: { statusPolling: false, shopTiming, shopServer: { port: 0 } }, viewport: { width: 1366, height: 768 } });

const section = (page: Page) => page.getByTestId('shop-counters');
const CODE = /^[2-9A-Z]{4} [2-9A-Z]{4} [2-9A-Z]{3}$/;

/** The last code main handed the window (its expiry, to check the time shown). */
function lastPairing(harness: CoreHarness): ShopPairingCode {
  const record = harness.records.filter((r) => r.kind === 'invoke' && r.channel === 'shop:pairing-code').at(-1);
  if (record?.kind !== 'invoke') throw new Error('no pairing code was asked for');
  return (JSON.parse(record.output) as { value: ShopPairingCode }).value;
}

async function screenshotSection(app: PayDeskApp, name: string): Promise<void> {
  await section(app.page).getByTestId('shop-hosting').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await app.screenshot(name, { fullPage: false });
}

test('Bu bilgisayarı dükkân sunucusu yap: joined, the section says this PC is the server with the address to type, gives a new code on demand that another counter pairs with, in Turkish and English; a code that cannot be given is said in place', async ({
  app,
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  // As root, PostgreSQL runs as `postgres`, which must be able to pass through the data folder.
  await chmod(harness.dataDir, 0o711);
  const dirB = await mkdtemp(join(tmpdir(), 'paydesk-e2e-b-'));
  const vaultB = trackingVault(createKeytarVault({ service: `PayDesk-e2e-${randomBytes(6).toString('hex')}` }));
  const harnessB = new CoreHarness(dirB, vaultB, { statusPolling: false, shopTiming });
  try {
    await app.open();
    await app.navButton(/Ayarlar/).click();
    const panel = page.getByTestId('shop-server-panel');
    await panel.getByLabel('Bu kasanın adı').first().fill('Kasa 1');
    await panel.getByRole('button', { name: 'Bu bilgisayarı dükkân sunucusu yap' }).click();

    // Joined to its own server: the joined view, with this PC as the server and a first code.
    const counters = section(page);
    const hosting = counters.getByTestId('shop-hosting');
    await expect(hosting.getByRole('heading', { name: 'Bu bilgisayar dükkânın sunucusu' })).toBeVisible({ timeout: 60_000 });
    expect(harness.shopServer.asked.map((asked) => asked.message)).toEqual(['Bu bilgisayar dükkânın sunucusu olsun mu?']);
    await expect(page.getByTestId('shop-server-panel')).toHaveCount(0);
    await expect(counters.getByTestId('shop-state')).toHaveText(/^Bağlı — son eşitleme \d\d:\d\d$/, { timeout: 15_000 });
    const status = await harness.invoke('shop:status', undefined);
    const address = status.ok ? (status.value as ShopStatus).hosting?.address : undefined;
    expect(address).toMatch(/^[0-9.]+:\d+$/);
    await expect(hosting.getByTestId('shop-server-address')).toHaveText(address!);
    await expect(hosting).toContainText('Diğer kasalar Ayarlar’daki “Kodla katıl” bölümüne bu adresi ve bir eşleştirme kodu yazar.');
    const code = hosting.getByTestId('shop-pairing-code');
    await expect(code).toHaveText(CODE);
    const first = (await code.textContent())!;
    await expect(hosting.getByTestId('shop-pairing-valid')).toHaveText(
      `Kod tek bir kasa için bir kez kullanılır ve 15 dakika geçerlidir: ${formatIstanbulTime(lastPairing(harness).expiresAt)} saatine kadar.`,
    );

    // A new code for a later counter.
    await hosting.getByRole('button', { name: 'Yeni eşleştirme kodu' }).click();
    await expect(code).not.toHaveText(first);
    await expect(code).toHaveText(CODE);
    const second = (await code.textContent())!;
    expect(second.replace(/ /g, '-')).toBe(lastPairing(harness).code);
    await screenshotSection(app, 'shop-settings-server-tr');

    // Another counter types the address (here over loopback) and the code as read off the screen.
    await harnessB.start();
    const port = address!.split(':').at(-1);
    const paired = await harnessB.invoke('shop:pair', { address: `127.0.0.1:${port}`, code: second, counterName: 'Arka ofis' });
    expect(paired).toMatchObject({ ok: true, value: { counterName: 'Arka ofis' } });
    expect((paired.ok && (paired.value as ShopStatus).hosting) || undefined).toBeUndefined();

    // English words.
    await page.getByTestId('language-sidebar-en').click();
    await expect(hosting.getByRole('heading', { name: 'This computer is the shop’s server' })).toBeVisible();
    await expect(hosting.getByTestId('shop-pairing-valid')).toHaveText(/^The code works once, for one counter, for 15 minutes: until \d\d:\d\d\.$/);
    await expect(hosting.getByRole('button', { name: 'New pairing code' })).toBeVisible();
    await screenshotSection(app, 'shop-settings-server-en');
    await page.getByTestId('language-sidebar-tr').click();

    // Restarted, still the server: said again from main's status (no code until one is asked for).
    await app.restart();
    await app.navButton(/Ayarlar/).click();
    await expect(hosting.getByTestId('shop-server-address')).toHaveText(address!, { timeout: 15_000 });
    await expect(code).toHaveCount(0);

    // The server's passwords gone from the keychain: no code, said in place in the owner's words.
    await harness.vault.delete('paydesk-shop-server', 'superuser');
    await hosting.getByRole('button', { name: 'Yeni eşleştirme kodu' }).click();
    await expect(hosting.getByRole('alert')).toHaveText('Sunucunun parolaları bu bilgisayarın anahtar zincirinde bulunamadı; yeni kod verilemiyor.');
    await expect(code).toHaveCount(0);

    // The shop's password never reached the window.
    const shopPassword = await harness.vault.get('paydesk-shop-server', 'shop-password');
    expect(shopPassword).toBeTruthy();
    expect(await page.content()).not.toContain(shopPassword!);
    expect(harness.recordedText()).not.toContain(shopPassword!);
  } finally {
    await harnessB.stop();
    await vaultB.deleteAll();
    await rm(dirB, { recursive: true, force: true });
    // The server outlives the core that made it (it serves the other counters): stopped before its folder goes.
    await harness.stop();
    await stopShopServerIn(harness.dataDir);
  }
});
