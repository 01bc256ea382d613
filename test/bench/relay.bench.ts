import pg from 'pg';
import { CallbackApplier } from '../../src/main/callbacks/callback-applier';
import { memorySeenCallbacks } from '../../src/main/callbacks/seen-callbacks';
import { readCallbacks } from '../../src/main/shop/shop-callbacks';
import { currentPosition, positionAfter, pullChanges } from '../../src/main/shop/shop-changes';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { paytrEmulatorDefaults, startPaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { createCore } from '../../src/main/core';
import { makeTempDir } from '../support/temp-dir';
import { paytrRequest } from '../unit/providers/link-request-fixture';
import { memoryVault } from './bench-kit';
import { callbackHashOf } from '../emulators/paytr/paytr-emulator-rules';
import { startShopDatabase } from '../integration/shop/shop-kit';
import { startRelay } from '../integration/relay/relay-process';
import { linkRecord } from '../support/history-records';
import { fmt, summarize } from './stats';

const SAMPLES = Number(process.env.BENCH_RELAY_SAMPLES ?? 200);
const PASSWORD = 'bench-shop-password-0123456789';
const keys = paytrEmulatorDefaults;

/**
 * The callback path on this machine: a PayTR callback POSTed to the relay (its own process) →
 * committed (the relay's OK) → the shop's doorbell → a counter's pull reads it → the applier has
 * the link paid. Loopback and a local PostgreSQL: a real deployment adds the internet between
 * PayTR and the relay, and between the relay, PostgreSQL and the counter.
 */
export async function benchRelay(): Promise<void> {
  const shop = await startShopDatabase({ shop_bench: PASSWORD });
  const relay = await startRelay({ databaseUrl: shop.relayUrl, env: { RELAY_RATE_BURST: String(SAMPLES * 2), RELAY_LOG_INTERVAL_MS: '60000' } });
  const counter = new pg.Client({ connectionString: shop.shopUrl('shop_bench') });
  await counter.connect();
  try {
    let cursor = await currentPosition(counter);
    let rung: (() => void) | undefined;
    counter.on('notification', () => rung?.());
    await counter.query('LISTEN paydesk_shop_bench');
    const history = new Map<string, LinkRecord>();
    const applier = new CallbackApplier({
      history: {
        get: (reference) => history.get(reference),
        update: async (reference, change) => {
          const next = change(history.get(reference)!);
          history.set(reference, next);
          return next;
        },
      },
      paytrKeys: async () => keys,
      confirmPaynet: async () => ({ kind: 'unavailable' }),
      clock: { now: () => new Date() },
      seen: memorySeenCallbacks(),
    });

    const committed: number[] = [];
    const visible: number[] = [];
    const paid: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const record = linkRecord(i + 1);
      history.set(record.reference, record);
      const merchantOid = `PLBENCH${i}`;
      const body = new URLSearchParams({
        merchant_oid: merchantOid,
        status: 'success',
        total_amount: String(record.amount.minor),
        hash: callbackHashOf(keys, { callbackId: record.reference, merchantOid, status: 'success', totalAmount: String(record.amount.minor) }),
        callback_id: record.reference,
        payment_amount: String(record.amount.minor),
        payment_type: 'card',
        test_mode: '1',
        merchant_id: keys.merchantId,
      }).toString();
      const doorbell = new Promise<void>((resolve) => (rung = resolve));
      const started = performance.now();
      const response = await fetch(`${relay.url}/paytr/${shop.relayTokens.shop_bench}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      if ((await response.text()) !== 'OK') throw new Error(`relay answered ${response.status}`);
      committed.push(performance.now() - started);
      await doorbell;
      let ids: number[] = [];
      while (ids.length === 0) {
        const changes = await pullChanges(counter, cursor);
        cursor = positionAfter(changes, cursor);
        ids = changes.filter((c) => c.kind === 'callback').map((c) => Number(c.ref));
      }
      const [callback] = await readCallbacks(counter, ids);
      visible.push(performance.now() - started);
      const result = await applier.apply(callback!);
      if (result.outcome !== 'applied') throw new Error(`applier said ${result.outcome}`);
      paid.push(performance.now() - started);
    }
    const [c, v, p] = [summarize(committed), summarize(visible), summarize(paid)];
    console.log(`relay: callback POST → committed (OK), n=${c.n}: p50 ${fmt(c.p50)} p95 ${fmt(c.p95)} max ${fmt(c.max)}`);
    console.log(`relay: callback POST → in a counter's pull (doorbell + pull + read), n=${v.n}: p50 ${fmt(v.p50)} p95 ${fmt(v.p95)} max ${fmt(v.max)}`);
    console.log(`relay: callback POST → link paid on the counter (hash verified, history updated in memory), n=${p.n}: p50 ${fmt(p.p50)} p95 ${fmt(p.p95)} max ${fmt(p.max)}`);
  } finally {
    await counter.end();
    await relay.stop();
    await shop.stop();
  }
}

/**
 * The same path ending on a real counter: the customer pays at the PayTR emulator → its callback
 * to the relay (its own process) → PostgreSQL → the core's sync pull → verified with the
 * keychain's key → history → the `links:paid` event the window shows as the alert.
 */
export async function benchRelayToScreen(): Promise<void> {
  const host = 'relay.paydesk.test';
  const shop = await startShopDatabase({ shop_bench: PASSWORD });
  const owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  await owner.query('UPDATE shop_relay_tokens SET relay_url = $1 WHERE shop = $2', [`https://${host}`, 'shop_bench']);
  await owner.end();
  const relay = await startRelay({ databaseUrl: shop.relayUrl, env: { RELAY_RATE_BURST: String(SAMPLES * 2), RELAY_LOG_INTERVAL_MS: '60000' } });
  const paytr = await startPaytrEmulator({ callbacks: { hosts: { [host]: relay.url }, retryMs: 50, maxAttempts: 100 } });
  const temp = await makeTempDir('paydesk-bench-relay-');
  const core = await createCore({
    dataDir: temp.dir,
    vault: memoryVault(),
    statusPolling: false,
    confirmShopServer: async () => true,
    shopTiming: { intervalMs: 60_000 },
  });
  try {
    const created = await core.invoke('accounts:create', {
      draft: { provider: 'paytr', label: 'Kasa', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
      secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
    });
    if (!created.ok) throw new Error(created.error.message);
    const accountId = (created.value as { account: { id: string } }).account.id;
    const joined = await core.invoke('shop:join', { url: shop.shopUrl('shop_bench'), counterName: 'Kasa 1' });
    if (!joined.ok) throw new Error(joined.error.message);
    for (let i = 0; i < 400; i++) {
      const status = await core.invoke('shop:status', undefined);
      if (status.ok && (status.value as { paidReports?: boolean }).paidReports) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const samples: number[] = [];
    const runs = Math.min(SAMPLES, 100);
    for (let i = 0; i < runs; i++) {
      const request = paytrRequest({ description: `Bench ${i}` });
      const made = await core.invoke('links:create', { accountId, request, mode: 'now' });
      if (!made.ok) throw new Error(made.error.message);
      const id = (made.value as { record: LinkRecord }).record.providerRefs.id!;
      const shown = new Promise<void>((resolve) => {
        const off = core.events.on('links:paid', (alert: { reference: string }) => {
          if (alert.reference === request.reference) {
            off();
            resolve();
          }
        });
      });
      const started = performance.now();
      paytr.markPaid(id);
      await shown;
      samples.push(performance.now() - started);
    }
    const s = summarize(samples);
    console.log(`relay to screen: paid at PayTR → callback → relay → PostgreSQL → counter's pull → verified → links:paid, n=${s.n}: p50 ${fmt(s.p50)} p95 ${fmt(s.p95)} max ${fmt(s.max)}`);
  } finally {
    await core.stop();
    await temp.cleanup();
    await paytr.stop();
    await relay.stop();
    await shop.stop();
  }
}
