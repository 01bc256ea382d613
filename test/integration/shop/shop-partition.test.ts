import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkSummary } from '../../../src/shared/domain/link-record';
import type { ShopStatus } from '../../../src/shared/domain/shop';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy';
import { createInput, paynetRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, testShopTiming, type ShopDatabase } from './shop-kit';

/**
 * A network cut between one counter and the shop's server (a TCP proxy broken and healed): that
 * counter keeps making its own links exactly once, hands nothing to a shop it cannot reach, the
 * others keep draining the shop's queue, and after healing all three hold the same history.
 */
const PASSWORD = 'shop-n-password-0123456789';
const shopTiming = testShopTiming;
let shop: ShopDatabase;
let emulators: KitEmulators;
let proxy: TcpProxy;
let a: LinkKit;
let b: LinkKit;
let c: LinkKit;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_n: PASSWORD });
  emulators = await startEmulators();
  proxy = await startTcpProxy(shop.server.port);
  const deps = { confirmShopServer: async () => true, shopTiming, statusPolling: false };
  [a, b, c] = [await startLinkKit(deps, emulators), await startLinkKit(deps, emulators), await startLinkKit(deps, emulators)];
}, 60_000);

afterAll(async () => {
  await Promise.all([a, b, c].map((kit) => kit?.dispose()));
  await proxy?.stop();
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

const rows = async (kit: LinkKit) => (await kit.ok<{ rows: LinkSummary[] }>('history:query', { filter: {}, offset: 0, limit: 500 })).rows;
/** Each link as the history shows it: reference, status and the counter that made it. */
const history = async (kit: LinkKit) => (await rows(kit)).map((row) => `${row.reference}:${row.status}:${row.counter ?? '-'}`).sort();
const creates = (reference: string) => emulators.paynet.emulator.countReference(reference);

describe('a counter cut off from the shop', () => {
  it('keeps working on its own, exactly once, and converges with the others when the network is back', async () => {
    const account = await a.account('paynet');
    await a.ok('shop:join', { url: shop.shopUrl('shop_n').replace(`:${shop.server.port}/`, `:${proxy.port}/`), counterName: 'Kasa 1' });
    for (const [kit, name] of [[b, 'Kasa 2'], [c, 'Kasa 3']] as const) {
      await kit.ok('shop:join', { url: shop.shopUrl('shop_n'), counterName: name });
      await waitFor(async () => (await kit.ok<{ account: { id: string } }[]>('accounts:list')).some((v) => v.account.id === account), 10_000, 'the account');
      await kit.ok('secrets:set', { accountId: account, field: 'secretKey', value: emulators.paynet.secretKey });
    }

    await waitFor(async () => (await a.ok<ShopStatus>('shop:status')).state === 'online', 10_000, 'online before the cut');
    proxy.cut();
    const own = [paynetRequest(), paynetRequest(), paynetRequest()];
    const later = [paynetRequest(), paynetRequest()];
    const toShop = [paynetRequest(), paynetRequest()];
    const draft = paynetRequest();
    for (const request of own) await a.ok('links:create', createInput(account, request, 'now'));
    for (const request of later) await a.ok('links:create', createInput(account, request, 'later'));
    await a.ok('links:create', createInput(account, draft, 'draft'));
    // The shop cannot be reached: these wait in this counter's own outbox instead, and go from here.
    for (const request of toShop) {
      const outcome = await a.ok<{ item: { shop?: unknown } }>('links:create', { ...createInput(account, request), mode: 'shop' });
      expect(outcome.item.shop).toBeUndefined();
    }
    await waitFor(async () => (await a.ok<ShopStatus>('shop:status')).state === 'offline', 10_000, 'offline at the cut counter');

    // Meanwhile the others drain what is handed to the shop (by both of them).
    const shared = Array.from({ length: 10 }, () => paynetRequest());
    for (const [i, request] of shared.entries()) await (i % 2 ? c : b).ok('links:create', { ...createInput(account, request), mode: 'shop' });

    const made = [...own, ...later, ...toShop, ...shared];
    await waitFor(() => made.every((request) => creates(request.reference) === 1), 20_000, 'every link created');

    // Still cut off when all of that went out: the cut counter made its own, the others the shop's.
    expect((await a.ok<ShopStatus>('shop:status')).state).toBe('offline');
    // (Paynet counts a request before its answer is back: wait for the maker's record.)
    const madeBy = await waitFor(async () => {
      const known = new Map((await Promise.all([a, b, c].map(rows))).flat().map((row) => [row.reference, row.counter]));
      return made.every((request) => known.get(request.reference)) && known;
    }, 20_000, 'each link in its maker\'s history');
    expect([...own, ...later, ...toShop].map((r) => madeBy.get(r.reference)).filter((name) => name !== 'Kasa 1')).toEqual([]);
    expect(shared.map((r) => madeBy.get(r.reference)).filter((name) => name !== 'Kasa 2' && name !== 'Kasa 3')).toEqual([]);

    proxy.heal();
    await waitFor(async () => (await a.ok<ShopStatus>('shop:status')).state === 'online', 20_000, 'online again');
    const expected = made.map((request) => `${request.reference}:active:${madeBy.get(request.reference)}`).sort();
    await waitFor(async () => {
      const all = await Promise.all([a, b, c].map(history));
      return all.every((list) => JSON.stringify(list) === JSON.stringify(expected));
    }, 20_000, 'identical history at the three counters');
    expect(made.filter((request) => creates(request.reference) !== 1)).toEqual([]);
    expect(creates(draft.reference)).toBe(0);
    // Nothing left to push at the counter that was cut off.
    await waitFor(async () => (await a.ok<ShopStatus>('shop:status')).pending === 0, 20_000, 'nothing pending at the cut counter');
  }, 90_000);
});
