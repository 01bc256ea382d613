import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentPosition, positionAfter, positionAfterSeq, pullChanges, pushChange } from '../../../src/main/shop/shop-changes';
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
    const start = await currentPosition(reader);
    await pushChange(writer, 'link', 'PDCHANGE000000001', { status: 'active' });
    await pushChange(writer, 'link', 'PDCHANGE000000001', { status: 'paid' });
    expect(await rang).toBe('paydesk_shop_a');
    const pulled = await pullChanges(reader, start);
    expect(pulled.map((c) => [c.ref, (c.body as { status: string }).status])).toEqual([
      ['PDCHANGE000000001', 'active'],
      ['PDCHANGE000000001', 'paid'],
    ]);
    expect(await pullChanges(reader, positionAfter(pulled, start))).toEqual([]);
  });

  it('a change whose number was taken by a slower, still-open transaction holds back the later ones: none is ever skipped', async () => {
    const [slow, fast, reader] = [await counter(), await counter(), await counter()];
    const start = await currentPosition(reader);
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

  it('a transaction that took its id first but its number last is read after the other, whichever commits first', async () => {
    const [early, late, reader] = [await counter(), await counter(), await counter()];
    const start = await currentPosition(reader);
    // `early` gets the older transaction id, `late` the smaller sequence number.
    await early.query('BEGIN');
    await early.query('SELECT pg_current_xact_id()');
    await late.query('BEGIN');
    await late.query('SELECT pg_current_xact_id()');
    const lateSeq = await pushChange(late, 'link', 'PDLATE00000000001', { n: 1 });
    const earlySeq = await pushChange(early, 'link', 'PDEARLY0000000001', { n: 2 });
    expect(earlySeq).toBeGreaterThan(lateSeq);
    await early.query('COMMIT');
    // Counting sequence numbers, a reader would now be past `late`'s number before it commits.
    const first = await pullChanges(reader, start);
    expect(first.map((c) => c.ref)).toEqual(['PDEARLY0000000001']);
    await late.query('COMMIT');
    expect((await pullChanges(reader, positionAfter(first, start))).map((c) => c.ref)).toEqual(['PDLATE00000000001']);
  });

  it('changes of links can be left out (a counter new to the shop copies links from shop_links)', async () => {
    const [writer, reader] = [await counter(), await counter()];
    const start = await currentPosition(reader);
    await pushChange(writer, 'link', 'PDSKIP00000000001', { n: 1 });
    await pushChange(writer, 'customer', 'phone:+905321112233', { n: 2 });
    expect((await pullChanges(reader, start, { withoutLinks: true })).map((c) => c.kind)).toEqual(['customer']);
  });

  it('row-level security lets the shop’s own rows be found through the indexes (the policy compares in the column’s collation)', async () => {
    const reader = await counter();
    await reader.query('SET enable_seqscan = off');
    const plan = async (sql: string) =>
      (await reader.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`)).rows.map((row) => row['QUERY PLAN']).join('\n');
    // Compared as a name ("C" collation), `shop` could only be a filter after reading every shop's rows.
    expect(await plan(`SELECT seq FROM shop_changes WHERE (tx, seq) > ('0'::xid8, 0) ORDER BY tx, seq LIMIT 10`)).toMatch(/Index Cond: \(\(shop = /);
    expect(await plan(`SELECT reference FROM shop_links WHERE created_at >= now() - interval '1 day' ORDER BY created_at LIMIT 10`)).toMatch(/Index Cond: \(\(shop = /);
    expect(await plan(`SELECT id FROM shop_outbox WHERE id = 'x'`)).toMatch(/Index Cond: \(\(shop = /);
  });

  it('a cursor saved as a bare sequence number (older PayDesk) resumes without losing a change', async () => {
    const [writer, reader] = [await counter(), await counter()];
    const seq = await pushChange(writer, 'link', 'PDOLD000000000001', { n: 1 });
    await pushChange(writer, 'link', 'PDOLD000000000002', { n: 2 });
    const resumed = await pullChanges(reader, await positionAfterSeq(reader, seq));
    expect(resumed.map((c) => c.ref)).toEqual(['PDOLD000000000002']);
    expect(await pullChanges(reader, await positionAfterSeq(reader, seq + 1))).toEqual([]);
  });
});
