import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { outboxItemFor } from '../store/outbox-item-fixture';
import { createInput, paynetRequest, startEmulators, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, testShopTiming, type ShopDatabase } from './shop-kit';

/**
 * Items of the shop's queue no counter could settle (`unknown`: an answer lost, a counter dead
 * mid-request) are decided by the owner once, for every counter; and an item let go of because
 * the provider was down is made by the same counter later, never turned `unknown`.
 */
const PASSWORD = 'shop-u-password-0123456789';
let shop: ShopDatabase;
let owner: pg.Client;
let emulators: KitEmulators;
let maker: LinkKit;
let watcher: LinkKit;
let accountId: string;

beforeAll(async () => {
  shop = await startShopDatabase({ shop_u: PASSWORD });
  owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  emulators = await startEmulators();
  const timing = { ...testShopTiming, intervalMs: 60_000, queueIdleMs: 100, backoffBaseMs: 50, backoffMaxMs: 200 };
  maker = await startLinkKit({ confirmShopServer: async () => true, shopTiming: timing, statusPolling: false, outboxPolicy: { backoffBaseMs: 100, backoffMaxMs: 200 } }, emulators);
  watcher = await startLinkKit({ confirmShopServer: async () => true, shopTiming: timing, statusPolling: false }, emulators);
  accountId = await maker.account('paynet');
  await maker.ok('shop:join', { url: shop.shopUrl('shop_u'), counterName: 'Ön kasa' });
  await watcher.ok('shop:join', { url: shop.shopUrl('shop_u'), counterName: 'Arka ofis' });
}, 60_000);

afterAll(async () => {
  await Promise.all([maker?.dispose(), watcher?.dispose()]);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await owner?.end();
  await shop?.stop();
});

let n = 900_000;
/** An item a counter that died mid-request left behind: `unknown` in the shop, in no counter's outbox. */
async function leftUnknown(): Promise<OutboxItem> {
  const item = outboxItemFor(++n, { accountId, state: 'sending', attempts: 1 });
  await owner.query(
    `INSERT INTO shop_outbox (shop, id, owner_counter, any_counter, state, item, account_id, fence, claimed_by)
     VALUES ('shop_u', $1, 'gone-counter', true, 'unknown', $2, $3, 2, 'gone-counter')`,
    [item.id, JSON.stringify(item), accountId],
  );
  return item;
}

const shopState = async (id: string) => (await owner.query<{ state: string }>('SELECT state FROM shop_outbox WHERE id = $1', [id])).rows[0]?.state;

describe('deciding on the shop’s unknown items', () => {
  it('“create it again” at one counter puts it back in the queue: the counter holding the key makes it once, both histories hold it', async () => {
    const item = await leftUnknown();
    const queue = await watcher.ok<{ items: { reference: string; state: string }[] }>('shop:queue');
    expect(queue.items).toContainEqual(expect.objectContaining({ reference: item.id, state: 'unknown' }));
    await watcher.ok('shop:resolve', { reference: item.id, decision: 'create-again' });
    await waitFor(async () => (await maker.record(item.id))?.status === 'active', 15_000, 'made by the counter holding the key');
    await waitFor(() => watcher.record(item.id), 10_000, 'shared with the other counter');
    expect(emulators.paynet.emulator.countReference(item.id)).toBe(1);
    expect(await shopState(item.id)).toBe('created');
    // Decided already: asking again changes nothing and says so.
    const again = await watcher.invoke('shop:resolve', { reference: item.id, decision: 'create-again' });
    expect(again.ok).toBe(false);
    expect(emulators.paynet.emulator.countReference(item.id)).toBe(1);
  });

  it('“it was created” settles it for every counter, with a history record the others receive; nothing reaches the provider', async () => {
    const item = await leftUnknown();
    const settled = await watcher.ok<OutboxItem>('shop:resolve', { reference: item.id, decision: 'was-created' });
    expect(settled.id).toBe(item.id);
    expect(await shopState(item.id)).toBe('created');
    expect((await watcher.record(item.id))?.status).toBe('unknown');
    const atMaker = await waitFor(() => maker.record(item.id), 10_000, 'the record at the other counter');
    expect(atMaker.timeline.map((e) => e.kind)).toContain('created');
    expect(emulators.paynet.emulator.countReference(item.id)).toBe(0);
    const queue = await maker.ok<{ items: { reference: string }[] }>('shop:queue');
    expect(queue.items.map((i) => i.reference)).not.toContain(item.id);
  });

  it('an item let go of because the provider was down is made later by the same counter, not turned unknown', async () => {
    emulators.paynet.rejectNext({ message: 'Service Unavailable' }, { status: 503 });
    const request = paynetRequest();
    await maker.ok('links:create', { ...createInput(accountId, request), mode: 'shop' });
    const record = await waitFor(() => maker.record(request.reference), 20_000, 'made after the provider came back');
    expect(record.status).toBe('active');
    // Asked twice (refused with 503, then made), created once.
    expect(emulators.paynet.emulator.countReference(request.reference)).toBe(2);
    expect(emulators.paynet.links.filter((link) => link.reference_no === request.reference)).toHaveLength(1);
    expect(await shopState(request.reference)).toBe('created');
  });
});
