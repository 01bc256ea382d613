import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShopSyncRunner } from '../../../src/main/shop/shop-sync-runner';
import type { HistoryStore } from '../../../src/main/store/history/history-store';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { startShopDatabase, type ShopDatabase } from './shop-kit';
import { openSyncCounter } from './sync-counter';

/** Within seconds: a counter hears the shop's doorbell and pulls what another counter just made. */
let shop: ShopDatabase;
const clock = { now: () => new Date() };
const logger = { log: () => undefined };
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  shop = await startShopDatabase({ shop_a: 'a-long-test-password-1' });
}, 60_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await shop?.stop();
});

async function counter(): Promise<{ history: HistoryStore }> {
  const { history, sync, connect } = await openSyncCounter({ shopUrl: shop.shopUrl('shop_a'), clock, cleanups });
  // A long interval: only the doorbell and local changes drive the rounds here.
  const runner = new ShopSyncRunner({ sync, listen: connect, shop: 'shop_a', logger, intervalMs: 600_000, pacing: { backoffBaseMs: 100, backoffMaxMs: 1000, random: Math.random } });
  const off = history.onChange(() => runner.kick());
  runner.start();
  cleanups.push(async () => {
    off();
    await runner.stop();
  });
  return { history };
}

async function eventually<T>(read: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the sync runner', () => {
  it('a link made at one counter shows at the other within seconds, by the doorbell (the polling interval is ten minutes)', async () => {
    const [a, b] = [await counter(), await counter()];
    await new Promise((resolve) => setTimeout(resolve, 300)); // both listening
    const at = new Date().toISOString();
    const made: LinkRecord = {
      reference: 'PDRUNNER000000001',
      kind: 'link',
      accountId: 'acc_paynet0001',
      provider: 'paynet',
      accountLabel: 'Paynet Kasa',
      createdAt: at,
      updatedAt: at,
      linkType: 'amount',
      amount: { minor: 1000, currency: 'TRY' },
      description: 'Kapı',
      customer: {},
      maxInstallments: 1,
      url: 'https://paynet.com.tr/link/r',
      providerRefs: { id: 'r' },
      status: 'active',
      timeline: [{ at, kind: 'created', outcome: 'ok' }],
    };
    await a.history.append(made);
    // Generous for a shared machine; without the doorbell the next round would be ten minutes away.
    const seen = await eventually(() => b.history.get(made.reference), 15_000);
    expect(seen.description).toBe('Kapı');
  });
});
