import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { createKeytarVault } from '../../../src/main/credentials/keytar-vault';
import { makeTempDir } from '../../support/temp-dir';
import { fastPolicy, paynetRequest, startEmulators, startLinkKit, testAdapters, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { childShopTiming } from './shop-child-timing';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/**
 * `kill -9` of a counter while it drains the shop's queue: what it had in flight is taken over as
 * `unknown` by another counter (never sent again), everything else is made exactly once, and the
 * dead counter, started again, settles its own copies without a second request.
 */
const PASSWORD = 'shop-k-password-0123456789';
const LINKS = 60;
let shop: ShopDatabase;
let emulators: KitEmulators;
let survivor: LinkKit;
let child: ChildProcess | undefined;
let accountId: string | undefined;
const service = `PayDesk-kill-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_k: PASSWORD });
  emulators = await startEmulators();
  survivor = await startLinkKit({ confirmShopServer: async () => true, shopTiming: childShopTiming, statusPolling: false }, emulators);
}, 60_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await survivor?.dispose();
  // What the child wrote to its keychain service: the shop password and the account's key.
  const vault = createKeytarVault({ service });
  await vault.delete('paydesk-shop', 'password').catch(() => false);
  if (accountId) await vault.delete(accountId, 'secretKey').catch(() => false);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

describe('a counter killed mid-drain', () => {
  it('its in-flight items become unknown elsewhere, nothing is made twice, and its restart sends nothing again', async () => {
    const account = await survivor.account('paynet');
    accountId = account;
    await survivor.ok('shop:join', { url: shop.shopUrl('shop_k'), counterName: 'Kalan kasa' });
    const temp = await makeTempDir('paydesk-kill-');
    // Only the child drains at first: the survivor's key is taken away until the child is dead.
    await survivor.h.vault.delete(account, 'secretKey');
    child = spawn(process.execPath, ['--import', 'tsx', resolve('test/integration/shop/shop-counter-child.ts'), temp.dir, service, shop.shopUrl('shop_k'), account, emulators.paynet.secretKey], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes('ready'), 30_000, `the child counter (${output})`);

    // Slow answers, so requests are in flight when the child dies.
    emulators.paynet.emulator.latencyMs = 150;
    const requests = Array.from({ length: LINKS }, () => paynetRequest());
    for (const request of requests) await survivor.ok('links:create', { accountId: account, request, mode: 'shop' });
    const made = () => requests.filter((r) => emulators.paynet.emulator.countReference(r.reference) > 0).length;
    await waitFor(() => made() >= 6, 20_000, 'the child draining');
    child.kill('SIGKILL');
    await new Promise((done) => child!.once('exit', done));
    child = undefined;

    await survivor.ok('secrets:set', { accountId: account, field: 'secretKey', value: emulators.paynet.secretKey });
    const owner = new pg.Client({ connectionString: shop.ownerUrl });
    await owner.connect();
    try {
      await waitFor(async () => {
        const rows = await owner.query<{ state: string }>('SELECT state FROM shop_outbox');
        return rows.rows.length === LINKS && rows.rows.every((row) => row.state === 'created' || row.state === 'unknown');
      }, 60_000, 'every item settled');
      const states = await owner.query<{ id: string; state: string }>('SELECT id, state FROM shop_outbox');
      expect(requests.filter((r) => emulators.paynet.emulator.countReference(r.reference) > 1)).toEqual([]);
      const created = states.rows.filter((row) => row.state === 'created');
      expect(created.filter((row) => emulators.paynet.emulator.countReference(row.id) !== 1)).toEqual([]);
      const unknown = states.rows.filter((row) => row.state === 'unknown');
      // At most what the child had in flight (its lanes), never re-sent by the survivor.
      expect(unknown.length).toBeLessThanOrEqual(childShopTiming.queueConcurrency);
    } finally {
      await owner.end();
    }

    // The dead counter starts again on its folder: its `sending` copies settle without a request.
    const before = emulators.paynet.emulator.count('POST /v1/mailorder/create');
    const again = await createCore({
      dataDir: temp.dir,
      vault: createKeytarVault({ service }),
      adapters: testAdapters(),
      outboxPolicy: fastPolicy,
      statusPolling: false,
      shopTiming: childShopTiming,
    });
    try {
      const list = await again.invoke('outbox:list', undefined);
      const items = list.ok ? (list.value as { items: { state: string }[] }).items : [];
      expect(items.filter((item) => item.state === 'sending')).toEqual([]);
      await new Promise((done) => setTimeout(done, 500));
      expect(emulators.paynet.emulator.count('POST /v1/mailorder/create')).toBe(before);
    } finally {
      await again.stop();
      await temp.cleanup();
    }
    emulators.paynet.emulator.latencyMs = 0;
  }, 120_000);
});
