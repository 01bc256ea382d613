import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import type { ShopStatus } from '../../../src/shared/domain/shop';
import { createInput, paynetRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, testShopTiming, type ShopDatabase } from './shop-kit';

/**
 * Links "any open counter may send", drained by three counters of one shop against one Paynet:
 * each is created exactly once, and every counter's history ends up holding all of them.
 */
const PASSWORD = 'shop-q-password-0123456789';
const LINKS = 1000;
const shopTiming = { ...testShopTiming, intervalMs: 500, queueIdleMs: 200 };
let shop: ShopDatabase;
let emulators: KitEmulators;
const counters: LinkKit[] = [];

beforeAll(async () => {
  shop = await startShopDatabase({ shop_q: PASSWORD });
  emulators = await startEmulators();
  for (let i = 0; i < 3; i++) counters.push(await startLinkKit({ confirmShopServer: async () => true, shopTiming, statusPolling: false }, emulators));
}, 60_000);

afterAll(async () => {
  await Promise.all(counters.map((kit) => kit.dispose()));
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

const total = async (kit: LinkKit) => (await kit.ok<{ total: number }>('history:query', { filter: {}, offset: 0, limit: 1 })).total;

describe('the shop queue', () => {
  it(`${LINKS} links offered to the shop are created exactly once by three counters, and all three hold all of them`, async () => {
    const [a, b, c] = counters as [LinkKit, LinkKit, LinkKit];
    const account = await a.account('paynet');
    for (const [i, kit] of counters.entries()) await kit.ok('shop:join', { url: shop.shopUrl('shop_q'), counterName: `Kasa ${i + 1}` });
    // The account reaches the other counters without its key; each types its own.
    for (const kit of [b, c]) {
      await waitFor(async () => (await kit.ok<{ account: { id: string } }[]>('accounts:list')).some((v) => v.account.id === account), 10_000, 'the shared account');
      await kit.ok('secrets:set', { accountId: account, field: 'secretKey', value: emulators.paynet.secretKey });
    }

    const references: string[] = [];
    for (let start = 0; start < LINKS; start += 25) {
      const batch = Array.from({ length: Math.min(25, LINKS - start) }, () => paynetRequest());
      const outcomes = await Promise.all(batch.map((request) => a.ok<{ item: OutboxItem }>('links:create', { ...createInput(account, request), mode: 'shop' })));
      for (const outcome of outcomes) expect(outcome.item).toMatchObject({ state: 'queued', shop: { fence: 0 } });
      references.push(...batch.map((request) => request.reference));
    }

    await waitFor(async () => (await Promise.all(counters.map(total))).every((n) => n >= LINKS), 240_000, 'every counter holding every link');
    expect(references.filter((reference) => emulators.paynet.emulator.countReference(reference) !== 1)).toEqual([]);
    expect(emulators.paynet.emulator.count('POST /v1/mailorder/create')).toBe(LINKS);
    for (const kit of counters) expect(await total(kit)).toBe(LINKS);
    const madeBy = new Map<string, number>();
    for (const reference of references.slice(0, 200)) {
      const counter = (await c.record(reference))?.counter ?? 'none';
      madeBy.set(counter, (madeBy.get(counter) ?? 0) + 1);
    }
    // Each link names the counter that made it; the work was shared (all three, in practice).
    expect([...madeBy.keys()].every((name) => name.startsWith('Kasa '))).toBe(true);
    expect(madeBy.size).toBeGreaterThanOrEqual(2);
    const states = await Promise.all(counters.map((kit) => kit.ok<ShopStatus>('shop:status')));
    expect(states.map((s) => s.state)).toEqual(['online', 'online', 'online']);
  }, 300_000);
});
