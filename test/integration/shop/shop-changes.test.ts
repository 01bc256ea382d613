import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullChanges, pushChange } from '../../../src/main/shop/shop-changes';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/** The change sequence counters pull, on a real PostgreSQL: in order, never skipping a slow writer's change. */
let shop: ShopDatabase;
const clients: pg.Client[] = [];

async function counter(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: shop.shopUrl('shop_a') });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  shop = await startShopDatabase({ shop_a: 'a-long-test-password-1' });
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await shop?.stop();
});

describe('the shop change sequence', () => {
  it('one counter pushes, another pulls in order from where it stopped, and the doorbell rings', async () => {
    const [writer, reader] = [await counter(), await counter()];
    const rang = new Promise<string>((resolve) => reader.on('notification', (n) => resolve(n.channel)));
    await reader.query('LISTEN paydesk_shop_a');
    const first = await pushChange(writer, 'link', 'PDCHANGE000000001', { status: 'active' });
    await pushChange(writer, 'link', 'PDCHANGE000000001', { status: 'paid' });
    expect(await rang).toBe('paydesk_shop_a');
    const pulled = await pullChanges(reader, first - 1);
    expect(pulled.map((c) => [c.ref, (c.body as { status: string }).status])).toEqual([
      ['PDCHANGE000000001', 'active'],
      ['PDCHANGE000000001', 'paid'],
    ]);
    expect(await pullChanges(reader, pulled.at(-1)?.seq ?? 0)).toEqual([]);
  });

  it('a change whose number was taken by a slower, still-open transaction holds back the later ones: none is ever skipped', async () => {
    const [slow, fast, reader] = [await counter(), await counter(), await counter()];
    const start = (await pullChanges(reader, 0, 10_000)).at(-1)?.seq ?? 0;
    await slow.query('BEGIN');
    const slowSeq = await pushChange(slow, 'link', 'PDSLOW00000000001', { n: 1 });
    const fastSeq = await pushChange(fast, 'link', 'PDFAST00000000001', { n: 2 });
    expect(fastSeq).toBeGreaterThan(slowSeq);
    // The fast change is committed but comes after an open one: a reader that took it now would
    // remember its number and never see the slow one.
    expect(await pullChanges(reader, start)).toEqual([]);
    await slow.query('COMMIT');
    expect((await pullChanges(reader, start)).map((c) => c.ref)).toEqual(['PDSLOW00000000001', 'PDFAST00000000001']);
  });
});
