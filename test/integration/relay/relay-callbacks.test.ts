import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paynetConfirmationOf } from '../../../src/main/callbacks/paynet-confirmation';
import { paynetAdapter } from '../../../src/main/providers/paynet/paynet-adapter';
import { createPaytrAdapter } from '../../../src/main/providers/paytr/paytr-adapter';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { callbackHashOf } from '../../emulators/paytr/paytr-emulator-rules';
import { linkRecord } from '../../support/history-records';
import { paytrRequest } from '../../unit/providers/link-request-fixture';
import { linkRef, paynetContext, paytrContext } from '../providers/provider-kit';
import { startShopDatabase, type ShopDatabase } from '../shop/shop-kit';
import { relayCounter, type RelayCounter } from './relay-counter';
import { startRelay, type RelayProcess } from './relay-process';

/**
 * Pay at the emulator → the emulator posts its callback, as the provider does → the relay (its own
 * process) → PostgreSQL → a counter pulls it with its shop's role and the applier decides.
 */
const HOST = 'relay.paydesk.test';
let shop: ShopDatabase;
let relay: RelayProcess;
let paytr: PaytrEmulator;
let paynet: PaynetEmulator;
let owner: pg.Client;
const counters: RelayCounter[] = [];
const relays: RelayProcess[] = [];

const token = () => shop.relayTokens.shop_a!;
const paytrLinkTo = (base = `https://${HOST}`) => `${base}/paytr/${token()}`;
const rows = async () => Number((await owner.query('SELECT count(*) AS n FROM provider_callbacks')).rows[0].n);

async function counter(deps: Parameters<typeof relayCounter>[1]) {
  const made = await relayCounter(shop.shopUrl('shop_a'), deps);
  counters.push(made);
  return made;
}

/** A PayTR link made by the app's own adapter with the relay's address, and its history record. */
async function paytrLink(emu: PaytrEmulator, amountMinor = 1445) {
  const adapter = createPaytrAdapter({ timeoutMs: 5_000, callbackLink: paytrLinkTo() });
  const request = paytrRequest({ amount: { minor: amountMinor, currency: 'TRY' } });
  const created = await adapter.createLink(paytrContext(emu), request);
  if (!created.ok) throw new Error(created.error.message);
  const record = linkRecord(1, { reference: request.reference, amount: request.amount, providerRefs: created.value.providerRefs, accountId: 'acc_paytrtest01' });
  return { id: created.value.providerRefs.id!, record };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  shop = await startShopDatabase({ shop_a: 'a-long-test-password-1', shop_b: 'b-long-test-password-2' });
  owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  relay = await startRelay({ databaseUrl: shop.relayUrl });
  relays.push(relay);
  const callbacks = { hosts: { [HOST]: relay.url }, retryMs: 50, maxAttempts: 400 };
  paytr = await startPaytrEmulator({ callbacks });
  paynet = await startPaynetEmulator({ callbacks });
}, 60_000);

afterAll(async () => {
  await Promise.all(relays.map((r) => r.stop().catch(() => undefined)));
  await Promise.all(counters.map((c) => c.end().catch(() => undefined)));
  await owner?.end();
  await Promise.all([paytr?.stop(), paynet?.stop()]);
  await shop?.stop();
});

describe('PayTR: paid at the emulator, paid on the counter', () => {
  it('the callback reaches the relay, the shop’s counter (only) reads it, and the applier turns the link paid', async () => {
    const a = await counter({ paytrKeys: paytr.keys });
    const { id, record } = await paytrLink(paytr);
    a.history.set(record.reference, record);
    paytr.markPaid(id);
    const delivery = await paytr.callbacks.at(-1)!.done;
    expect(delivery).toMatchObject({ state: 'delivered', lastAnswer: '200 OK' });

    const [callback] = await a.nextCallbacks(1);
    expect(callback).toMatchObject({ provider: 'paytr', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(new URLSearchParams(callback!.body).get('callback_id')).toBe(record.reference);
    const b = new pg.Client({ connectionString: shop.shopUrl('shop_b') });
    await b.connect();
    expect((await b.query('SELECT id FROM provider_callbacks')).rows).toEqual([]);
    await b.end();

    expect(await a.applier.apply(callback!)).toMatchObject({ outcome: 'applied', reference: record.reference });
    expect(a.history.get(record.reference)).toMatchObject({ status: 'paid', paidAmountMinor: 1445 });
    expect(a.history.get(record.reference)?.timeline.at(-1)).toMatchObject({ kind: 'paid', note: 'paytr-callback-verified' });
  });

  it('installment interest: the total paid is kept beside the price', async () => {
    const a = await counter({ paytrKeys: paytr.keys });
    const { id, record } = await paytrLink(paytr, 1000);
    a.history.set(record.reference, record);
    paytr.markPaid(id, 1090);
    await paytr.callbacks.at(-1)!.done;
    const [callback] = await a.nextCallbacks(1);
    await a.applier.apply(callback!);
    expect(a.history.get(record.reference)).toMatchObject({ status: 'paid', amount: { minor: 1000 }, paidAmountMinor: 1090, statusDetails: { payment_amount: '1000', total_amount: '1090' } });
  });

  it('a forged hash, a replay and a duplicate are stored but change nothing, each counted', async () => {
    const a = await counter({ paytrKeys: paytr.keys });
    const { id, record } = await paytrLink(paytr);
    const other = await paytrLink(paytr);
    a.history.set(record.reference, record);
    a.history.set(other.record.reference, other.record);
    paytr.markPaid(id);
    const genuine = (await paytr.callbacks.at(-1)!.done).body;
    const [first] = await a.nextCallbacks(1);
    expect((await a.applier.apply(first!)).outcome).toBe('applied');
    const paid = a.history.get(record.reference);

    const post = (body: string) => fetch(paytrLinkTo(relay.url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const form = new URLSearchParams(genuine);
    // Forged: a guessed key signs a payment for the other link.
    const forged = new URLSearchParams(form);
    forged.set('callback_id', other.record.reference);
    forged.set('hash', callbackHashOf({ ...paytr.keys, merchantKey: 'guessed-key' }, { callbackId: other.record.reference, merchantOid: form.get('merchant_oid')!, status: 'success', totalAmount: form.get('total_amount')! }));
    // Replayed: the genuine form moved to the other link (its hash no longer fits).
    const replayed = new URLSearchParams(form);
    replayed.set('callback_id', other.record.reference);
    const before = await rows();
    for (const body of [forged.toString(), replayed.toString(), genuine]) expect(await (await post(body)).text()).toBe('OK');
    expect(await rows()).toBe(before + 3);

    const results = [];
    for (const callback of await a.nextCallbacks(3)) results.push((await a.applier.apply(callback)).outcome);
    expect(results).toEqual(['forged', 'forged', 'duplicate']);
    expect(a.history.get(record.reference)).toBe(paid);
    expect(a.history.get(other.record.reference)).toBe(other.record);
    expect(a.applier.counts()).toMatchObject({ applied: 1, forged: 2, duplicate: 1 });
  });

  it('relay down while PayTR retries: stored once it is back', async () => {
    const port = await freePort();
    const retrying = await startPaytrEmulator({ callbacks: { hosts: { [HOST]: `http://127.0.0.1:${port}` }, retryMs: 50, maxAttempts: 1_000 } });
    try {
      const { id } = await paytrLink(retrying);
      const before = await rows();
      retrying.markPaid(id);
      const delivery = retrying.callbacks.at(-1)!;
      while (delivery.attempts < 3) await new Promise((r) => setTimeout(r, 20));
      expect(delivery.state).toBe('pending');
      expect(await rows()).toBe(before);
      relays.push(await startRelay({ databaseUrl: shop.relayUrl, port }));
      expect(await delivery.done).toMatchObject({ state: 'delivered', lastAnswer: '200 OK' });
      expect(delivery.attempts).toBeGreaterThan(3);
      expect(await rows()).toBe(before + 1);
    } finally {
      await retrying.stop();
    }
  });

  it('the relay killed (SIGKILL) mid-stream: every callback that got OK is in the table', async () => {
    const doomed = await startRelay({ databaseUrl: shop.relayUrl });
    const run = `K${Date.now()}`;
    const answered: string[] = [];
    let killed: Promise<void> | undefined;
    const send = async (n: number) => {
      const oid = `${run}x${n}`;
      const body = new URLSearchParams({ merchant_oid: oid, status: 'success', total_amount: '100', hash: 'x', callback_id: 'PD1' }).toString();
      try {
        const response = await fetch(`${doomed.url}/paytr/${token()}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
        if ((await response.text()) === 'OK') answered.push(oid);
      } catch {
        // Cut off by the kill: no OK, so PayTR would send it again.
      }
      if (answered.length >= 20) killed ??= doomed.kill();
    };
    // Four at a time, 200 in all: the kill lands while requests are in flight.
    for (let n = 0; n < 200 && !killed; n += 4) await Promise.all([n, n + 1, n + 2, n + 3].map(send));
    await killed;
    expect(answered.length).toBeGreaterThanOrEqual(20);
    expect(answered.length).toBeLessThan(200);
    const stored = await owner.query<{ oid: string }>("SELECT split_part(split_part(body, 'merchant_oid=', 2), '&', 1) AS oid FROM provider_callbacks WHERE body LIKE $1", [`merchant_oid=${run}x%`]);
    const kept = new Set(stored.rows.map((r) => r.oid));
    expect(answered.filter((oid) => !kept.has(oid))).toEqual([]);
  });
});

describe('Paynet: confirmed by transaction check', () => {
  async function paynetLink(reference: string) {
    const response = await fetch(`${paynet.url}/v1/mailorder/create`, {
      method: 'POST',
      headers: { authorization: `Basic ${paynet.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name_surname: 'Ayşe Yılmaz', amount: 149.99, reference_no: reference, confirmation_url: `https://${HOST}/paynet/${token()}` }),
    });
    expect((await response.json()) as { code: number }).toMatchObject({ code: 0 });
    return linkRecord(2, { reference, provider: 'paynet', accountId: 'acc_paynettest1', amount: { minor: 14_999, currency: 'TRY' }, providerRefs: { reference_no: reference } });
  }
  const confirmPaynet = async (record: { reference: string; providerRefs: Record<string, string> }) =>
    paynetConfirmationOf(await paynetAdapter.lookup!(paynetContext(paynet), linkRef(record.reference, record.providerRefs)));

  it('the confirmation reaches the counter, the check confirms it, the link turns paid', async () => {
    const a = await counter({ confirmPaynet });
    const record = await paynetLink('PDPAYNETRELAY000001');
    a.history.set(record.reference, record);
    const paid = paynet.markPaid(record.reference);
    expect(await paynet.callbacks.at(-1)!.done).toMatchObject({ state: 'delivered' });
    const [callback] = await a.nextCallbacks(1);
    expect(JSON.parse(callback!.body)).toMatchObject({ referance_no: record.reference });
    expect(await a.applier.apply(callback!)).toMatchObject({ outcome: 'applied' });
    expect(a.history.get(record.reference)).toMatchObject({ status: 'paid', paidAmountMinor: 14_999, statusDetails: { xact_id: paid.xact_id } });
    expect(a.history.get(record.reference)?.timeline.at(-1)).toMatchObject({ note: 'paynet-transaction-check' });
  });

  it('a confirmation for a link nobody paid is stored, and the check refuses it', async () => {
    const a = await counter({ confirmPaynet });
    const record = await paynetLink('PDPAYNETRELAY000002');
    a.history.set(record.reference, record);
    const response = await fetch(`${relay.url}/paynet/${token()}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reference_no: record.reference, amount: 149.99, is_succeed: true }) });
    expect(response.status).toBe(200);
    const [callback] = await a.nextCallbacks(1);
    expect(await a.applier.apply(callback!)).toMatchObject({ outcome: 'forged', reason: 'not-confirmed' });
    expect(a.history.get(record.reference)).toBe(record);
  });
});
