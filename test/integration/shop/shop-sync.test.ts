import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { startShopDatabase, type ShopDatabase } from './shop-kit';
import { openSyncCounter } from './sync-counter';

/** Two counters of one shop sharing their links through a real PostgreSQL, including while one is cut off. */
let shop: ShopDatabase;
const clock = { now: () => new Date() };
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  shop = await startShopDatabase({ shop_a: 'a-long-test-password-1' });
}, 60_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await shop?.stop();
});

const counter = (dir?: string) => openSyncCounter({ shopUrl: shop.shopUrl('shop_a'), clock, cleanups, dir });

let n = 0;
function link(patch: Partial<LinkRecord> = {}): LinkRecord {
  n += 1;
  const at = new Date(Date.now() - 60_000).toISOString();
  return {
    reference: `PDSYNC${String(n).padStart(11, '0')}`,
    kind: 'link',
    accountId: 'acc_paynet0001',
    provider: 'paynet',
    accountLabel: 'Paynet Kasa',
    createdAt: at,
    updatedAt: at,
    linkType: 'amount',
    amount: { minor: 48_000, currency: 'TRY' },
    description: 'Perde dikimi',
    customer: { name: 'Ayşe Yılmaz' },
    maxInstallments: 1,
    url: 'https://paynet.com.tr/link/sync',
    providerRefs: { id: `sync${n}` },
    status: 'active',
    timeline: [{ at, kind: 'created', outcome: 'ok' }],
    ...patch,
  };
}

describe('sharing links between counters', () => {
  it('a link made at one counter appears at the other; paid there, it turns paid here; nothing echoes back and forth', async () => {
    const [a, b] = [await counter(), await counter()];
    const made = link();
    await a.history.append(made);
    expect(await a.sync.syncOnce()).toMatchObject({ pushed: 1 });
    await b.sync.syncOnce();
    expect(b.history.get(made.reference)).toEqual(made);

    const paidAt = new Date().toISOString();
    await b.history.update(made.reference, (r) => ({ ...r, status: 'paid', paidAt, paidAmountMinor: 48_000, updatedAt: paidAt, timeline: [...r.timeline, { at: paidAt, kind: 'paid', outcome: 'ok' }] }));
    await b.sync.syncOnce();
    await a.sync.syncOnce();
    expect(a.history.get(made.reference)).toMatchObject({ status: 'paid', paidAmountMinor: 48_000 });
    // Quiet afterwards: neither has anything left to push.
    expect((await a.sync.syncOnce()).pushed).toBe(0);
    expect((await b.sync.syncOnce()).pushed).toBe(0);
    expect(a.sync.lastSyncedAt).toBeTruthy();
  });

  it('both counters change the same link at once: they converge on paid with both events', async () => {
    const [a, b] = [await counter(), await counter()];
    const made = link();
    await a.history.append(made);
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    const t1 = new Date().toISOString();
    await a.history.update(made.reference, (r) => ({ ...r, updatedAt: t1, timeline: [...r.timeline, { at: t1, kind: 'printed', outcome: 'ok' }] }));
    await b.history.update(made.reference, (r) => ({ ...r, status: 'paid', updatedAt: t1, timeline: [...r.timeline, { at: t1, kind: 'paid', outcome: 'ok' }] }));
    for (let round = 0; round < 3; round++) {
      await a.sync.syncOnce();
      await b.sync.syncOnce();
    }
    const [x, y] = [a.history.get(made.reference), b.history.get(made.reference)];
    // The same content at both counters (`updatedAt` is each store's own write time).
    expect({ ...x, updatedAt: '' }).toEqual({ ...y, updatedAt: '' });
    expect(x?.status).toBe('paid');
    expect(x?.timeline.map((e) => e.kind).sort()).toEqual(['created', 'paid', 'printed']);
  });

  it('a counter cut off from the server keeps working, and across a restart pushes everything when it is back', async () => {
    const [a, b] = [await counter(), await counter()];
    a.online.value = false;
    const offline = [link(), link(), link()];
    for (const record of offline) await a.history.append(record);
    await expect(a.sync.syncOnce()).rejects.toThrow(/ECONNREFUSED/);
    expect(a.sync.pendingCount).toBe(3);
    expect(a.history.get(offline[0]!.reference)).toBeDefined(); // it kept working

    // PayDesk restarts on that counter, still offline, then the server is reachable again.
    await a.sync.close();
    await a.history.close();
    const again = await counter(a.dir);
    expect(again.sync.pendingCount).toBe(3);
    expect(await again.sync.syncOnce()).toMatchObject({ pushed: 3 });
    await b.sync.syncOnce();
    for (const record of offline) expect(b.history.get(record.reference)).toEqual(record);
  });

  it('a change that does not read as a link record is left out, and the others still arrive', async () => {
    const [a, b] = [await counter(), await counter()];
    const writer = new pg.Client({ connectionString: shop.shopUrl('shop_a') });
    await writer.connect();
    await writer.query("INSERT INTO shop_changes (kind, ref, body) VALUES ('link', 'PDBROKEN000000001', '{\"status\": \"paid\"}')");
    await writer.end();
    const good = link();
    await a.history.append(good);
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    expect(b.history.get('PDBROKEN000000001')).toBeUndefined();
    expect(b.history.get(good.reference)).toEqual(good);
  });
});
