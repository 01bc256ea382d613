import pg from 'pg';
import type { LinkSummary } from '../../../src/shared/domain/link-record';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInput, paynetRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, testShopTiming, type ShopDatabase } from './shop-kit';

/**
 * The shop's PostgreSQL restarted (`pg_ctl restart -m fast`: every connection cut) while two counters
 * drain its queue: nothing lost (every link ends created, in both histories), nothing made twice.
 */
const PASSWORD = 'shop-r-password-0123456789';
const LINKS = 150;
const shopTiming = {
  ...testShopTiming,
  // Well past a restart and the reconnect's backoff (a live claim must not lapse), yet short enough that
  // a claim whose answer the restart swallowed would surface within the test as an unknown item.
  leaseMs: 5_000,
  skewMs: 1_000,
};
let shop: ShopDatabase;
let emulators: KitEmulators;
let a: LinkKit;
let b: LinkKit;
let owner: pg.Client | undefined;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_r: PASSWORD });
  emulators = await startEmulators();
  const deps = { confirmShopServer: async () => true, shopTiming, statusPolling: false };
  [a, b] = [await startLinkKit(deps, emulators), await startLinkKit(deps, emulators)];
}, 60_000);

afterAll(async () => {
  await owner?.end().catch(() => undefined);
  await Promise.all([a?.dispose(), b?.dispose()]);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

const references = async (kit: LinkKit) =>
  (await kit.ok<{ rows: LinkSummary[] }>('history:query', { filter: {}, offset: 0, limit: 500 })).rows.map((row) => `${row.reference}:${row.status}`).sort();

describe('the shop server restarts mid-drain', () => {
  it(`${LINKS} links handed to the shop: each made exactly once, none lost, all in both histories`, async () => {
    const paynet = emulators.paynet.emulator;
    const account = await a.account('paynet');
    await a.ok('shop:join', { url: shop.shopUrl('shop_r'), counterName: 'Kasa 1' });
    await b.ok('shop:join', { url: shop.shopUrl('shop_r'), counterName: 'Kasa 2' });
    await waitFor(async () => (await b.ok<{ account: { id: string } }[]>('accounts:list')).some((v) => v.account.id === account), 10_000, 'the account');
    await b.ok('secrets:set', { accountId: account, field: 'secretKey', value: emulators.paynet.secretKey });

    // Slow enough that requests are in flight across the restart (their settle finds the connection gone).
    paynet.latencyMs = 150;
    const requests = Array.from({ length: LINKS }, () => paynetRequest());
    for (const request of requests) await a.ok('links:create', { ...createInput(account, request), mode: 'shop' });
    const made = () => requests.filter((request) => paynet.countReference(request.reference) > 0).length;
    await waitFor(() => made() >= 12, 20_000, 'the drain under way');
    const madeBefore = made();
    await shop.server.restart();
    // Mid-drain indeed: most of the queue was still to go when the server went down.
    expect(madeBefore).toBeLessThan(LINKS / 2);

    owner = new pg.Client({ connectionString: shop.ownerUrl });
    await owner.connect();
    const db = owner;
    const rows = await waitFor(async () => {
      const all = (await db.query<{ id: string; state: string }>('SELECT id, state FROM shop_outbox')).rows;
      return all.length === LINKS && all.every((row) => row.state === 'created' || row.state === 'unknown') && all;
    }, 40_000, 'every item settled');
    // Nothing lost: none is left unknown (a claim is only ever in doubt when its request may have gone).
    expect(rows.filter((row) => row.state !== 'created').map((row) => `${row.id}:${row.state}`)).toEqual([]);
    // Nothing duplicated: each made exactly once at the provider.
    expect(requests.filter((request) => paynet.countReference(request.reference) !== 1).map((r) => `${r.reference}:${paynet.countReference(r.reference)}`)).toEqual([]);
    expect(paynet.count('POST /v1/mailorder/create')).toBe(LINKS);
    // And both counters' histories hold every one of them, made.
    const expected = requests.map((request) => `${request.reference}:active`).sort();
    await waitFor(async () => {
      const both = await Promise.all([a, b].map(references));
      return both.every((list) => JSON.stringify(list) === JSON.stringify(expected));
    }, 30_000, 'both histories hold every link');
    paynet.latencyMs = 0;
  }, 120_000);
});
