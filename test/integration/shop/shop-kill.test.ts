import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import type { ShopStatus } from '../../../src/shared/domain/shop';
import { createCore, type Core } from '../../../src/main/core';
import { createKeytarVault } from '../../../src/main/credentials/keytar-vault';
import { makeTempDir } from '../../support/temp-dir';
import { createInput, fastPolicy, paynetRequest, startEmulators, startLinkKit, testAdapters, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { childShopTiming } from './shop-child-timing';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/**
 * `kill -9` of a counter while it drains the shop's queue together with two others: what it had
 * in flight is taken over as `unknown` by another counter (never sent again), everything else is
 * made exactly once, and the dead counter, started again on its folder, settles its own copies
 * without a second request.
 *
 * The child uses the real keychain (the keytar vault under a service name of its own, in the test
 * session's gnome-keyring), as the parents do: no stand-in vault is needed.
 */
const PASSWORD = 'shop-k-password-0123456789';
const LINKS = 60;
let shop: ShopDatabase;
let emulators: KitEmulators;
let a: LinkKit;
let b: LinkKit;
let child: ChildProcess | undefined;
let again: Core | undefined;
let owner: pg.Client | undefined;
let accountId: string | undefined;
const service = `PayDesk-kill-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_k: PASSWORD });
  emulators = await startEmulators();
  const deps = { confirmShopServer: async () => true, shopTiming: childShopTiming, statusPolling: false };
  [a, b] = [await startLinkKit(deps, emulators), await startLinkKit(deps, emulators)];
}, 60_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await again?.stop();
  await owner?.end().catch(() => undefined);
  await Promise.all([a?.dispose(), b?.dispose()]);
  // What the child wrote to its keychain service: the shop password and the account's key.
  const vault = createKeytarVault({ service });
  await vault.delete('paydesk-shop', 'password').catch(() => false);
  if (accountId) await vault.delete(accountId, 'secretKey').catch(() => false);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

describe('a counter killed mid-drain', () => {
  it('its in-flight items become unknown elsewhere, nothing is made twice, and its restart sends nothing again', async () => {
    const paynet = emulators.paynet.emulator;
    const account = await a.account('paynet');
    accountId = account;
    await a.ok('shop:join', { url: shop.shopUrl('shop_k'), counterName: 'Kasa 1' });
    await b.ok('shop:join', { url: shop.shopUrl('shop_k'), counterName: 'Kasa 2' });
    await waitFor(async () => (await b.ok<{ account: { id: string } }[]>('accounts:list')).some((v) => v.account.id === account), 10_000, 'the account at Kasa 2');
    await b.ok('secrets:set', { accountId: account, field: 'secretKey', value: emulators.paynet.secretKey });

    const temp = await makeTempDir('paydesk-kill-');
    child = spawn(process.execPath, ['--import', 'tsx', resolve('test/integration/shop/shop-counter-child.ts'), temp.dir, service, shop.shopUrl('shop_k'), account, emulators.paynet.secretKey], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes('ready'), 30_000, `the child counter (${output})`);
    const childId = /ctr_[a-f0-9]{12}/.exec(readFileSync(join(temp.dir, 'shop.json'), 'utf8'))?.[0];
    expect(childId).toBeDefined();

    owner = new pg.Client({ connectionString: shop.ownerUrl });
    await owner.connect();
    const db = owner;
    const sendingAtChild = async () => (await db.query<{ id: string }>("SELECT id FROM shop_outbox WHERE state = 'sending' AND claimed_by = $1", [childId])).rows.map((row) => row.id);

    // Slow answers, so the three counters drain together and requests are in flight when the child dies.
    paynet.latencyMs = 400;
    const requests = Array.from({ length: LINKS }, () => paynetRequest());
    for (const request of requests) await a.ok('links:create', { ...createInput(account, request), mode: 'shop' });
    // Mid-drain: the child has settled some claims of its own and holds others.
    const seen = new Set<string>();
    const finished = await waitFor(async () => {
      const now = await sendingAtChild();
      const done = [...seen].filter((id) => !now.includes(id));
      for (const id of now) seen.add(id);
      return done.length >= 2 && now.length > 0 && done;
    }, 20_000, 'the child mid-drain');
    child.kill('SIGKILL');
    await new Promise((done) => child!.once('exit', done));
    child = undefined;
    paynet.latencyMs = 20;

    // What the dead counter had claimed and not settled: the parents may take it over only as unknown.
    const inFlight = await sendingAtChild();
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.length).toBeLessThanOrEqual(childShopTiming.queueConcurrency);

    type Row = { id: string; state: string; claimed_by: string | null };
    const rows = await waitFor(async () => {
      const all = (await db.query<Row>('SELECT id, state, claimed_by FROM shop_outbox')).rows;
      return all.length === LINKS && all.every((row) => row.state === 'created' || row.state === 'unknown') && all;
    }, 40_000, 'every item settled');
    const stateOf = new Map(rows.map((row) => [row.id, row.state]));
    const creates = (reference: string) => paynet.countReference(reference);

    // At most once at the provider, whatever happened.
    expect(requests.filter((r) => creates(r.reference) > 1).map((r) => r.reference)).toEqual([]);
    // The dead counter's in-flight items: unknown (taken over by a parent) or created, and never re-sent.
    for (const id of inFlight) {
      expect(['unknown', 'created']).toContain(stateOf.get(id));
      expect(creates(id)).toBeLessThanOrEqual(1);
      // No parent ran it through its outbox: taken over, not sent again.
      expect(await a.item(id)).toBeUndefined();
      expect(await b.item(id)).toBeUndefined();
    }
    expect(rows.filter((row) => row.state === 'unknown' && inFlight.includes(row.id)).every((row) => row.claimed_by !== childId)).toBe(true);
    // Everything else: created, exactly once.
    const others = requests.map((r) => r.reference).filter((id) => !inFlight.includes(id));
    expect(others.filter((id) => stateOf.get(id) !== 'created' || creates(id) !== 1)).toEqual([]);

    // The dead counter starts again on its folder: its `sending` copies settle without a request.
    const before = paynet.count('POST /v1/mailorder/create');
    again = await createCore({
      dataDir: temp.dir,
      vault: createKeytarVault({ service }),
      adapters: testAdapters(),
      outboxPolicy: fastPolicy,
      statusPolling: false,
      isOnline: () => true,
      shopTiming: childShopTiming,
    });
    const core = again;
    const call = async <T>(channel: string, input?: unknown) => {
      const result = await core.invoke(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    const local = (await call<{ items: OutboxItem[] }>('outbox:list')).items;
    expect(local.filter((item) => item.state === 'sending')).toEqual([]);
    // What it made before it died is still made here.
    for (const id of finished) expect(local.find((item) => item.id === id)?.state).toBe('created');
    // Its local copies of the in-flight items (when it got as far as writing one) came back unknown or created.
    for (const item of local.filter((entry) => inFlight.includes(entry.id))) expect(['unknown', 'created']).toContain(item.state);
    expect(local.filter((item) => !['unknown', 'created'].includes(item.state)).map((item) => `${item.id}:${item.state}`)).toEqual([]);

    // A barrier instead of a pause: back in the shop, and a link queued behind whatever it resumed goes out.
    await waitFor(async () => (await call<ShopStatus>('shop:status')).state === 'online', 20_000, 'the restarted counter online');
    const sentinel = paynetRequest();
    await call('links:create', createInput(account, sentinel, 'later'));
    await waitFor(() => creates(sentinel.reference) === 1, 20_000, 'the restarted counter sending a new link');
    expect(paynet.count('POST /v1/mailorder/create')).toBe(before + 1);
    expect(requests.filter((r) => creates(r.reference) > 1).map((r) => r.reference)).toEqual([]);
    await again.stop();
    again = undefined;
    await temp.cleanup();
    paynet.latencyMs = 0;
  }, 120_000);
});
