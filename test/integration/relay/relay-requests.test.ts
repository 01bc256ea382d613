import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentPosition, pullChanges } from '../../../src/main/shop/shop-changes';
import { readCallbacks } from '../../../src/main/shop/shop-callbacks';
import { startShopDatabase, type ShopDatabase } from '../shop/shop-kit';
import { startRelay, type RelayProcess } from './relay-process';

/** The relay as its own process on a real PostgreSQL: what it stores, what it refuses (and then stores nothing). */
let shop: ShopDatabase;
let relay: RelayProcess;
let owner: pg.Client;
const clients: pg.Client[] = [];
const PASSWORD = { shop_a: 'a-long-test-password-1', shop_b: 'b-long-test-password-2' };
const FORM = 'application/x-www-form-urlencoded';
const SECRET_BODY = 'merchant_oid=PLsecret42&status=success&total_amount=1445&hash=SecretHashValueNeverLogged%3D&callback_id=PD1';

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}
const rows = async () => Number((await owner.query('SELECT count(*) AS n FROM provider_callbacks')).rows[0].n);
const post = (path: string, body: string, type = FORM) => fetch(`${relay.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const token = () => shop.relayTokens.shop_a!;

beforeAll(async () => {
  shop = await startShopDatabase(PASSWORD);
  owner = await connect(shop.ownerUrl);
  relay = await startRelay({ databaseUrl: shop.relayUrl });
}, 60_000);

afterAll(async () => {
  await relay?.stop();
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await shop?.stop();
});

describe('the relay stores callbacks', () => {
  it('PayTR: plain OK once committed; the row and a `callback` change are the shop’s, and only its', async () => {
    const a = await connect(shop.shopUrl('shop_a'));
    const b = await connect(shop.shopUrl('shop_b'));
    const before = await currentPosition(a);
    const response = await post(`/paytr/${token()}`, SECRET_BODY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('OK');
    // OK was sent after the commit: the row is there the moment the answer is.
    const [change] = await pullChanges(a, before);
    expect(change).toMatchObject({ kind: 'callback', body: { provider: 'paytr' } });
    const [stored] = await readCallbacks(a, [Number(change!.ref)]);
    expect(stored).toMatchObject({ provider: 'paytr', body: SECRET_BODY, headers: { 'content-type': FORM } });
    expect(await readCallbacks(b, [Number(change!.ref)])).toEqual([]);
  });

  it('Paynet: 200 for a JSON confirmation', async () => {
    const before = await rows();
    const response = await post(`/paynet/${token()}`, JSON.stringify({ referance_no: 'PD1', amount: 1 }), 'application/json; charset=UTF-8');
    expect(response.status).toBe(200);
    expect(await rows()).toBe(before + 1);
  });
});

describe('the relay refuses, and stores nothing', () => {
  it.each([
    ['an unknown token', () => post(`/paytr/${'Z'.repeat(32)}`, SECRET_BODY), 404],
    ['a malformed token', () => post('/paytr/short', SECRET_BODY), 404],
    ['another provider', () => post(`/iyzico/${token()}`, SECRET_BODY), 404],
    ['the root', () => post('/', SECRET_BODY), 404],
    ['GET', () => fetch(`${relay.url}/paytr/${token()}`), 405],
    ['JSON to PayTR', () => post(`/paytr/${token()}`, '{"merchant_oid":"1"}', 'application/json'), 415],
    ['a form to Paynet', () => post(`/paynet/${token()}`, SECRET_BODY), 415],
    ['no content type', () => fetch(`${relay.url}/paytr/${token()}`, { method: 'POST', body: new Uint8Array(Buffer.from(SECRET_BODY)) }), 415],
    ['a PayTR form without hash', () => post(`/paytr/${token()}`, 'merchant_oid=1'), 400],
    ['Paynet text that is not JSON', () => post(`/paynet/${token()}`, 'referance_no=1', 'application/json'), 400],
    ['a declared 20 KB body', () => post(`/paytr/${token()}`, `${SECRET_BODY}&pad=${'x'.repeat(20_000)}`), 413],
  ])('%s', async (_name, send, status) => {
    const before = await rows();
    const response = await send();
    expect(response.status).toBe(status);
    await response.text();
    expect(await rows()).toBe(before);
  });

  it('unknown and malformed tokens get the same answer', async () => {
    const unknown = await post(`/paytr/${'Z'.repeat(32)}`, SECRET_BODY);
    const malformed = await post('/paytr/short', SECRET_BODY);
    expect([unknown.status, unknown.headers.get('content-type'), await unknown.text()]).toEqual([malformed.status, malformed.headers.get('content-type'), await malformed.text()]);
  });

  it('a body streamed without a length stops being read past the limit: 413', async () => {
    const before = await rows();
    const status = await new Promise<number>((done, failed) => {
      const req = http.request(`${relay.url}/paytr/${token()}`, { method: 'POST', headers: { 'content-type': FORM, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', failed);
      req.write(`${SECRET_BODY}&pad=`);
      const chunk = 'x'.repeat(4_096);
      let sent = 0;
      // Keep sending (slowly enough to see the answer) until the relay has answered.
      const more = () => {
        if (req.destroyed || sent > 256) return req.end();
        sent += 1;
        req.write(chunk, () => setImmediate(more));
      };
      more();
    });
    expect(status).toBe(413);
    expect(await rows()).toBe(before);
  });

  it('logs counts, never a body or a token', async () => {
    // The relay prints its counts every 200 ms here; wait for a line that has the refusals in it.
    for (let i = 0; i < 100 && !/too-large=\d/.test(relay.output()); i++) await new Promise((r) => setTimeout(r, 50));
    const output = relay.output();
    expect(output).toMatch(/stored-paytr=\d/);
    for (const secret of ['PLsecret42', 'SecretHashValueNeverLogged', token(), 'relay-test-password']) expect(output).not.toContain(secret);
  });
});

describe('floods and failures', () => {
  it('a flood on one token: the burst is stored, the rest is 429 and not stored; made-up tokens get nothing in', async () => {
    const limited = await startRelay({ databaseUrl: shop.relayUrl, env: { RELAY_RATE_BURST: '5', RELAY_RATE_PER_SECOND: '0' } });
    try {
      const before = await rows();
      const flood = async (path: string) => {
        const statuses: number[] = [];
        for (let i = 0; i < 15; i++) {
          const response = await fetch(`${limited.url}${path}`, { method: 'POST', headers: { 'content-type': FORM }, body: SECRET_BODY });
          statuses.push(response.status);
          await response.text();
        }
        return statuses;
      };
      const onShop = await flood(`/paytr/${token()}`);
      expect(onShop.filter((s) => s === 200)).toHaveLength(5);
      expect(onShop.filter((s) => s === 429)).toHaveLength(10);
      expect(await rows()).toBe(before + 5);
      const madeUp = await flood(`/paytr/${'Q'.repeat(40)}`);
      expect(madeUp).toEqual([...Array(5).fill(404), ...Array(10).fill(429)]);
      expect(await rows()).toBe(before + 5);
    } finally {
      await limited.stop();
    }
  });

  it('database down: 503, so PayTR tries again later', async () => {
    const url = new URL(shop.relayUrl);
    url.port = '1';
    const orphan = await startRelay({ databaseUrl: url.toString() });
    try {
      const response = await fetch(`${orphan.url}/paytr/${token()}`, { method: 'POST', headers: { 'content-type': FORM }, body: SECRET_BODY });
      expect(response.status).toBe(503);
      expect(await response.text()).not.toBe('OK');
      expect(orphan.output()).toContain('database unavailable');
      expect(orphan.output()).not.toContain('relay-test-password');
    } finally {
      await orphan.stop();
    }
  });

  it('SIGTERM: stops cleanly (exit 0) and says so', async () => {
    const extra = await startRelay({ databaseUrl: shop.relayUrl });
    expect(await extra.stop()).toBe(0);
    expect(extra.output()).toContain('stopped');
  });
});
