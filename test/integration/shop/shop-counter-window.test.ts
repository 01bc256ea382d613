import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CounterWindow } from '../../../src/main/shop/counter-window';
import { customerCollection } from '../../../src/main/shop/shop-collections';
import { searchShopHistory } from '../../../src/main/shop/shop-history-search';
import { ContactsStore } from '../../../src/main/store/contacts-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { startShopDatabase, type ShopDatabase } from './shop-kit';
import { openSyncCounter, type SyncCounter } from './sync-counter';

/**
 * A chain's history on a counter: a counter in a shop keeps every open link and the last 12
 * months; a counter new to the shop copies just that from shop_links, older links stay on the
 * server (searched there), and old closed links the server has are let go of here.
 */
let shop: ShopDatabase;
const DAY = 24 * 3600_000;
let nowMs = Date.parse('2026-12-01T09:00:00Z');
const clock = { now: () => new Date(nowMs) };
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  shop = await startShopDatabase({ shop_w: 'window-test-password-1' });
}, 60_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await shop?.stop();
});

interface Counter extends SyncCounter {
  contacts: ContactsStore;
}

async function counter(options: { window: boolean }): Promise<Counter> {
  let contacts: ContactsStore | undefined;
  const opened = await openSyncCounter({
    shopUrl: shop.shopUrl('shop_w'),
    clock,
    cleanups,
    segmentSize: 20,
    window: options.window ? new CounterWindow(clock) : undefined,
    more: async (dir) => {
      contacts = await ContactsStore.open(dir, new NoticeBoard(), clock);
      return [customerCollection(contacts)];
    },
  });
  return { ...opened, contacts: contacts! };
}

let n = 0;
function link(daysAgo: number, status: LinkRecord['status'], description = 'Perde dikimi'): LinkRecord {
  n += 1;
  const at = new Date(nowMs - daysAgo * DAY).toISOString();
  return {
    reference: `PDWIN${String(n).padStart(12, '0')}`,
    kind: 'link',
    accountId: 'acc_paynet0001',
    provider: 'paynet',
    accountLabel: 'Paynet Kasa',
    createdAt: at,
    updatedAt: at,
    linkType: 'amount',
    amount: { minor: 12_500, currency: 'TRY' },
    description,
    customer: { name: 'Şule Öztürk' },
    maxInstallments: 1,
    providerRefs: { id: `win${n}` },
    status,
    timeline: [{ at, kind: 'created', outcome: 'ok' }],
  };
}

const references = (history: SyncCounter['history']) => history.find(() => true).map((s) => s.reference).sort();

describe('what a counter of a shop keeps', () => {
  it('a counter new to the shop copies the open links and the last 12 months, reads customers from the start, and finds older ones on the server', async () => {
    const a = await counter({ window: false });
    const oldPaid = link(700, 'paid', 'Geçen yılın kirası');
    const oldExpired = link(400, 'expired');
    const oldActive = link(500, 'active');
    const oldUnknown = link(380, 'unknown');
    const recent = Array.from({ length: 45 }, (_, i) => link(300 - i, i % 2 ? 'paid' : 'expired'));
    for (const record of [oldPaid, oldExpired, oldActive, oldUnknown, ...recent]) await a.history.append(record);
    await a.contacts.remember({ name: 'Şule Öztürk', phone: '+905321112233' }, 'sms');
    await a.sync.syncOnce();

    const b = await counter({ window: true });
    const round = await b.sync.syncOnce();
    const kept = [oldActive, oldUnknown, ...recent].map((r) => r.reference).sort();
    expect(references(b.history)).toEqual(kept);
    expect(round.pulled).toBeGreaterThanOrEqual(kept.length);
    expect(b.contacts.byKey('+905321112233')?.name).toBe('Şule Öztürk');

    // Changes after the copy arrive as usual; one of a link not kept here is left on the server.
    const fresh = link(0, 'active', 'Bugünkü sipariş');
    await a.history.append(fresh);
    await a.history.update(oldPaid.reference, (r) => ({ ...r, timeline: [...r.timeline, { at: clock.now().toISOString(), kind: 'printed', outcome: 'ok' }] }));
    await a.history.update(oldActive.reference, (r) => ({ ...r, status: 'paid', paidAmountMinor: r.amount.minor }));
    await a.sync.syncOnce();
    await b.sync.syncOnce();
    expect(b.history.get(fresh.reference)?.description).toBe('Bugünkü sipariş');
    expect(b.history.get(oldPaid.reference)).toBeUndefined();
    expect(b.history.get(oldActive.reference)?.status).toBe('paid');

    // The old one is found on the shop's server.
    const client = new pg.Client({ connectionString: shop.shopUrl('shop_w') });
    await client.connect();
    try {
      const found = await searchShopHistory(client, 'gecen yilin kirasi', 10);
      expect(found.map((s) => s.reference)).toEqual([oldPaid.reference]);
    } finally {
      await client.end();
    }
  });

  it('old closed links are let go of once the server has them, never while they wait to be pushed; open ones stay', async () => {
    const c = await counter({ window: true });
    const oldPaid = link(800, 'paid');
    const oldOpen = link(800, 'active');
    const lastMonth = link(30, 'paid');
    // Filled while offline (a counter with years of its own history joining): nothing may go before it is pushed.
    c.online.value = false;
    for (const record of [oldPaid, oldOpen, lastMonth, ...Array.from({ length: 30 }, () => link(900, 'expired'))]) await c.history.append(record);
    await expect(c.sync.syncOnce()).rejects.toThrow(/ECONNREFUSED/);
    expect(c.history.get(oldPaid.reference)).toBeDefined();

    c.online.value = true;
    await c.sync.syncOnce();
    expect(c.history.get(oldPaid.reference)).toBeUndefined();
    expect(c.history.get(oldOpen.reference)?.status).toBe('active');
    expect(c.history.get(lastMonth.reference)?.status).toBe('paid');

    // Looked at again after a few hours, not every round.
    const anotherOld = link(900, 'paid');
    await c.history.append(anotherOld);
    // (The segment taking appends is never rewritten: newer links push this one into a sealed one.)
    for (let i = 0; i < 20; i++) await c.history.append(link(1, 'paid'));
    await c.sync.syncOnce();
    expect(c.history.get(anotherOld.reference)).toBeDefined();
    nowMs += 7 * 3600_000;
    await c.sync.syncOnce();
    expect(c.history.get(anotherOld.reference)).toBeUndefined();

    // A year on, last month's link is old too; the open one stays whatever its age.
    nowMs += 366 * DAY;
    await c.sync.syncOnce();
    expect(c.history.get(lastMonth.reference)).toBeUndefined();
    expect(c.history.get(oldOpen.reference)?.status).toBe('active');

    // The server still has them all.
    const client = new pg.Client({ connectionString: shop.shopUrl('shop_w') });
    await client.connect();
    try {
      const held = await client.query<{ reference: string }>('SELECT reference FROM shop_links WHERE reference = ANY($1)', [
        [oldPaid.reference, lastMonth.reference],
      ]);
      expect(held.rows).toHaveLength(2);
    } finally {
      await client.end();
    }
  });
});
