import type { Core, CoreDeps } from '../../src/main/core';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startShopDatabase, type ShopDatabase } from '../integration/shop/shop-kit';
import { makeTempDir } from '../support/temp-dir';
import { paynetRequest } from '../unit/providers/link-request-fixture';
import { coreWithPaynet } from './bench-kit';
import { fmt, summarize, time } from './stats';

const PASSWORD = 'bench-shop-password-0123456789';
const LAG_SAMPLES = Number(process.env.BENCH_SHOP_LAG ?? 100);
const CREATE_SAMPLES = Number(process.env.BENCH_SHOP_CREATES ?? 300);
const DRAIN_LINKS = Number(process.env.BENCH_SHOP_DRAIN ?? 300);
const DRAIN_LATENCY_MS = 50;

/** Doorbell-driven (the interval is a fallback), claims with the app's own lease. */
const shopTiming = { intervalMs: 30_000, queueIdleMs: 1_000, queueConcurrency: 2 } satisfies CoreDeps['shopTiming'];

interface Counter {
  core: Core;
  accountId: string;
  stop(): Promise<void>;
}

async function counter(paynet: PaynetEmulator, extra: Partial<CoreDeps> = {}): Promise<Counter> {
  const temp = await makeTempDir('paydesk-bench-shop-');
  const { core, accountId } = await coreWithPaynet(temp.dir, paynet, { statusPolling: false, confirmShopServer: async () => true, shopTiming, ...extra });
  return {
    core,
    accountId,
    async stop() {
      await core.stop();
      await temp.cleanup();
    },
  };
}

async function ok<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function join(c: Counter, shop: ShopDatabase, name: string): Promise<void> {
  await ok(c.core, 'shop:join', { url: shop.shopUrl('shop_bench'), counterName: name });
  for (let i = 0; i < 200 && (await ok<{ state: string }>(c.core, 'shop:status')).state !== 'online'; i++) await new Promise((r) => setTimeout(r, 25));
}

/** Resolves when `reference` is in `core`'s history (by its change event, polled as a fallback). */
function arrival(core: Core, reference: string): Promise<void> {
  return new Promise((resolve) => {
    const check = async () => (await core.invoke('history:get', { reference })).ok;
    const off = core.events.on('history:changed', ({ references }: { references: string[] }) => {
      if (references.includes(reference)) finish();
    });
    const poll = setInterval(() => void check().then((found) => found && finish()), 200);
    function finish() {
      off();
      clearInterval(poll);
      resolve();
    }
  });
}

/**
 * Several counters, one shop (PostgreSQL): how long a link made at one counter takes to show at
 * another (goal p95 ≤ 2 s, p50 well under 1 s), what sharing adds to links:create (goal: nothing
 * synchronous over the network), and how three counters drain the shop's queue against one.
 */
export async function benchShopSync(): Promise<void> {
  const shop = await startShopDatabase({ shop_bench: PASSWORD });
  const paynet = await startPaynetEmulator();
  const [a, b] = [await counter(paynet), await counter(paynet)];
  try {
    // links:create on one computer alone, then the same with the shop joined.
    const alone: number[] = [];
    for (let i = 0; i < CREATE_SAMPLES; i++) await time(alone, () => ok(a.core, 'links:create', { accountId: a.accountId, request: paynetRequest(), mode: 'now' }));
    await join(a, shop, 'Kasa 1');
    await join(b, shop, 'Kasa 2');
    const shared: number[] = [];
    for (let i = 0; i < CREATE_SAMPLES; i++) await time(shared, () => ok(a.core, 'links:create', { accountId: a.accountId, request: paynetRequest(), mode: 'now' }));
    const [x, y] = [summarize(alone), summarize(shared)];
    console.log(
      `shop sync: links:create alone p50 ${fmt(x.p50)} p95 ${fmt(x.p95)}; with the shop joined p50 ${fmt(y.p50)} p95 ${fmt(y.p95)} ` +
        `(added p50 ${fmt(y.p50 - x.p50)}; the create path makes no PostgreSQL round trip: the sync pushes after it, in the background)`,
    );

    // Sync lag: made at A, seen at B.
    const lag: number[] = [];
    for (let i = 0; i < LAG_SAMPLES; i++) {
      const request = paynetRequest();
      const seen = arrival(b.core, request.reference);
      const started = performance.now();
      await ok<{ record: LinkRecord }>(a.core, 'links:create', { accountId: a.accountId, request, mode: 'now' });
      await seen;
      lag.push(performance.now() - started);
    }
    const l = summarize(lag);
    console.log(`shop sync: lag from links:create at one counter to the link in another counter's history, n=${l.n}: p50 ${fmt(l.p50)} p95 ${fmt(l.p95)} max ${fmt(l.max)} (goal p95 ≤ 2 s)`);
  } finally {
    await a.stop();
    await b.stop();
  }

  // Drain: DRAIN_LINKS shop items, each answered after 50 ms, by one counter and then by three.
  const drain = async (counters: number): Promise<number> => {
    const db = await startShopDatabase({ shop_bench: PASSWORD });
    const emulator = await startPaynetEmulator();
    const all: Counter[] = [];
    try {
      // The back office only offers (no lanes of its own), the counters drain.
      const owner = await counter(emulator, { shopTiming: { ...shopTiming, queueConcurrency: 0 } });
      all.push(owner);
      await join(owner, db, 'Arka ofis');
      const references: string[] = [];
      for (let i = 0; i < DRAIN_LINKS; i++) {
        const request = paynetRequest();
        references.push(request.reference);
        await ok(owner.core, 'links:create', { accountId: owner.accountId, request, mode: 'shop' });
      }
      // The counters join and learn the account (without its key) first; typing the key starts the drain.
      const workers: Counter[] = [];
      for (let i = 0; i < counters; i++) {
        const worker = await counter(emulator, { shopTiming: { ...shopTiming, queueIdleMs: 100 } });
        all.push(worker);
        workers.push(worker);
        await join(worker, db, `Kasa ${i + 1}`);
        const hasAccount = async () => (await ok<{ account: { id: string } }[]>(worker.core, 'accounts:list')).some((v) => v.account.id === owner.accountId);
        while (!(await hasAccount())) await new Promise((r) => setTimeout(r, 20));
      }
      emulator.emulator.latencyMs = DRAIN_LATENCY_MS;
      const started = performance.now();
      await Promise.all(workers.map((w) => ok(w.core, 'secrets:set', { accountId: owner.accountId, field: 'secretKey', value: emulator.secretKey })));
      while (references.some((r) => emulator.emulator.countReference(r) === 0)) await new Promise((r) => setTimeout(r, 20));
      const seconds = (performance.now() - started) / 1000;
      const duplicates = references.filter((r) => emulator.emulator.countReference(r) > 1).length;
      console.log(`shop queue: ${DRAIN_LINKS} links, ${DRAIN_LATENCY_MS} ms each, ${counters} counter(s) × ${shopTiming.queueConcurrency} lanes: ${seconds.toFixed(2)} s, duplicates ${duplicates}`);
      return seconds;
    } finally {
      for (const c of all) await c.stop();
      await emulator.stop();
      await db.stop();
    }
  };
  const one = await drain(1);
  const three = await drain(3);
  console.log(`shop queue: three counters drain ${(one / three).toFixed(2)}× as fast as one (goal ≥ 2.5×)`);
  await paynet.stop();
  await shop.stop();
}
