import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInput, paynetRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, testShopTiming, type ShopDatabase } from './shop-kit';

/** The shop's PostgreSQL restarted while two counters drain its queue: nothing lost, nothing made twice. */
const PASSWORD = 'shop-r-password-0123456789';
const LINKS = 150;
const shopTiming = {
  ...testShopTiming,
  // Short, so an item whose claim answer the restart swallowed is taken over (as unknown) within the test.
  leaseMs: 3_000,
  skewMs: 1_000,
};
let shop: ShopDatabase;
let emulators: KitEmulators;
let a: LinkKit;
let b: LinkKit;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_r: PASSWORD });
  emulators = await startEmulators();
  const deps = { confirmShopServer: async () => true, shopTiming, statusPolling: false };
  [a, b] = [await startLinkKit(deps, emulators), await startLinkKit(deps, emulators)];
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.dispose(), b?.dispose()]);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

const total = async (kit: LinkKit) => (await kit.ok<{ total: number }>('history:query', { filter: {}, offset: 0, limit: 1 })).total;

describe('the shop server restarts mid-drain', () => {
  it(`${LINKS} links handed to the shop: none made twice, each created (or unknown, never re-sent), all made ones in both histories`, async () => {
    const account = await a.account('paynet');
    await a.ok('shop:join', { url: shop.shopUrl('shop_r'), counterName: 'Kasa 1' });
    await b.ok('shop:join', { url: shop.shopUrl('shop_r'), counterName: 'Kasa 2' });
    await waitFor(async () => (await b.ok<{ account: { id: string } }[]>('accounts:list')).some((v) => v.account.id === account), 10_000, 'the account');
    await b.ok('secrets:set', { accountId: account, field: 'secretKey', value: emulators.paynet.secretKey });

    emulators.paynet.emulator.latencyMs = 20;
    const requests = Array.from({ length: LINKS }, () => paynetRequest());
    for (const request of requests) await a.ok('links:create', { ...createInput(account, request), mode: 'shop' });
    const made = () => requests.filter((request) => emulators.paynet.emulator.countReference(request.reference) > 0).length;
    await waitFor(() => made() >= 20, 20_000, 'the drain under way');
    await shop.server.restart();

    // Every item ends created, or unknown when the restart swallowed the answer to its claim (never sent blind).
    const owner = new pg.Client({ connectionString: shop.ownerUrl });
    await waitFor(async () => {
      await owner.connect().catch(() => undefined);
      const rows = await owner.query<{ state: string }>("SELECT state FROM shop_outbox").catch(() => ({ rows: [] as { state: string }[] }));
      return rows.rows.length === LINKS && rows.rows.every((row) => row.state === 'created' || row.state === 'unknown');
    }, 60_000, 'every item settled');
    const states = await owner.query<{ id: string; state: string }>('SELECT id, state FROM shop_outbox');
    await owner.end();
    const created = states.rows.filter((row) => row.state === 'created').map((row) => row.id);
    expect(requests.filter((request) => emulators.paynet.emulator.countReference(request.reference) > 1)).toEqual([]);
    expect(created.filter((id) => emulators.paynet.emulator.countReference(id) !== 1)).toEqual([]);
    expect(created.length).toBeGreaterThan(LINKS - 10);
    await waitFor(async () => (await total(a)) >= created.length && (await total(b)) >= created.length, 30_000, 'both histories hold what was made');
    emulators.paynet.emulator.latencyMs = 0;
  }, 120_000);
});
