import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { createInput, paynetRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, testShopTiming, type ShopDatabase } from './shop-kit';

/**
 * A counter whose claim ran out while the provider was slow: another counter takes the item over
 * as `unknown` (never sent again), and the late result becomes a conflict on the link's timeline
 * instead of overwriting the shop's item.
 */
const PASSWORD = 'shop-c-password-0123456789';
let shop: ShopDatabase;
let emulators: KitEmulators;
let slow: LinkKit;
let other: LinkKit;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_c: PASSWORD });
  emulators = await startEmulators();
  const timing = { ...testShopTiming, intervalMs: 60_000, queueConcurrency: 1, leaseMs: 200, skewMs: 100 };
  slow = await startLinkKit({ confirmShopServer: async () => true, shopTiming: timing, statusPolling: false }, emulators);
  other = await startLinkKit({ confirmShopServer: async () => true, shopTiming: { ...timing, queueIdleMs: 50 }, statusPolling: false }, emulators);
}, 60_000);

afterAll(async () => {
  await Promise.all([slow?.dispose(), other?.dispose()]);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

describe('a claim lost to another counter', () => {
  it('the late result is a visible conflict, the item stays unknown in the shop, and nothing is sent twice', async () => {
    const account = await slow.account('paynet');
    await slow.ok('shop:join', { url: shop.shopUrl('shop_c'), counterName: 'Yavaş kasa' });
    await other.ok('shop:join', { url: shop.shopUrl('shop_c'), counterName: 'Diğer kasa' });
    // Only the slow counter holds the key, so only it claims; the other only watches for lapsed leases.
    // Slower than lease + skew (300 ms), within the adapter's deadline (1.5 s in tests).
    emulators.paynet.emulator.latencyMs = 900;
    const request = paynetRequest();
    await slow.ok('links:create', { ...createInput(account, request), mode: 'shop' });

    const record = await waitFor(async () => (await slow.record(request.reference))?.timeline.some((e) => e.kind === 'shop-conflict') && slow.record(request.reference), 20_000, 'the conflict on the timeline');
    expect((record as LinkRecord).timeline.find((e) => e.kind === 'shop-conflict')).toMatchObject({ outcome: 'failed', detail: 'created' });
    expect(emulators.paynet.emulator.countReference(request.reference)).toBe(1);

    const owner = new pg.Client({ connectionString: shop.ownerUrl });
    await owner.connect();
    try {
      const row = await owner.query<{ state: string; fence: string }>('SELECT state, fence FROM shop_outbox WHERE id = $1', [request.reference]);
      expect(row.rows[0]).toMatchObject({ state: 'unknown', fence: '2' });
      const conflicts = await owner.query('SELECT item_id FROM shop_conflicts WHERE item_id = $1', [request.reference]);
      expect(conflicts.rowCount).toBe(1);
    } finally {
      await owner.end();
    }
    // Both counters list it in the shop's queue as unknown (for the owner to check at the provider).
    const queue = await other.ok<{ items: { reference: string; state: string }[] }>('shop:queue');
    expect(queue.items).toContainEqual(expect.objectContaining({ reference: request.reference, state: 'unknown' }));
    // The other counter sees the conflict too: it is on the shared timeline.
    await waitFor(async () => (await other.record(request.reference))?.timeline.some((e) => e.kind === 'shop-conflict'), 10_000, 'the conflict at the other counter');
    emulators.paynet.emulator.latencyMs = 0;
  }, 60_000);
});
