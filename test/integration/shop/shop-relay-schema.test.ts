import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCallbacks, shopRelayToken } from '../../../src/main/shop/shop-callbacks';
import { currentPosition, pullChanges } from '../../../src/main/shop/shop-changes';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/** Migration 4 on a real PostgreSQL: the relay may only store callbacks, each shop reads only its own. */
let shop: ShopDatabase;
const clients: pg.Client[] = [];
const PASSWORD = { shop_a: 'a-long-test-password-1', shop_b: 'b-long-test-password-2' };

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}
const store = (relay: pg.Client, token: string, provider = 'paytr', body = 'merchant_oid=X1&hash=h') =>
  relay.query<{ stored: boolean }>('SELECT relay_store_callback($1, $2, $3, $4) AS stored', [token, provider, body, JSON.stringify({ 'content-type': 'x' })]).then((r) => r.rows[0]?.stored);

beforeAll(async () => {
  shop = await startShopDatabase(PASSWORD);
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await shop?.stop();
});

describe('relay schema (migration 4)', () => {
  it('each shop has its own long random token, and reads only its own', async () => {
    const [a, b] = [await connect(shop.shopUrl('shop_a')), await connect(shop.shopUrl('shop_b'))];
    expect(shop.relayTokens.shop_a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(shop.relayTokens.shop_a).not.toBe(shop.relayTokens.shop_b);
    expect(await shopRelayToken(a)).toBe(shop.relayTokens.shop_a);
    expect((await b.query('SELECT token FROM shop_relay_tokens')).rows).toEqual([{ token: shop.relayTokens.shop_b }]);
  });

  it('a stored callback is a row and a `callback` change for the token’s shop, with its doorbell rung', async () => {
    const relay = await connect(shop.relayUrl);
    const a = await connect(shop.shopUrl('shop_a'));
    const rang = new Promise<string>((resolve) => a.on('notification', (n) => resolve(n.channel)));
    await a.query('LISTEN paydesk_shop_a');
    const before = await currentPosition(a);
    expect(await store(relay, shop.relayTokens.shop_a!, 'paytr', 'merchant_oid=A1&hash=h')).toBe(true);
    expect(await rang).toBe('paydesk_shop_a');
    const changes = await pullChanges(a, before);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'callback', body: { provider: 'paytr' } });
    const [stored] = await readCallbacks(a, [Number(changes[0]!.ref)]);
    expect(stored).toMatchObject({ provider: 'paytr', body: 'merchant_oid=A1&hash=h', headers: { 'content-type': 'x' } });
  });

  it('an unknown token, an unknown provider or an oversized body store nothing', async () => {
    const relay = await connect(shop.relayUrl);
    const owner = await connect(shop.ownerUrl);
    const count = async () => Number((await owner.query('SELECT count(*) AS n FROM provider_callbacks')).rows[0].n);
    const before = await count();
    expect(await store(relay, 'x'.repeat(32))).toBe(false);
    expect(await store(relay, shop.relayTokens.shop_a!, 'iyzico')).toBe(false);
    expect(await store(relay, shop.relayTokens.shop_a!, 'paytr', 'x'.repeat(16_385))).toBe(false);
    expect(await count()).toBe(before);
  });

  it('shop B cannot read, write or forge shop A’s callbacks', async () => {
    const relay = await connect(shop.relayUrl);
    await store(relay, shop.relayTokens.shop_a!, 'paynet', '{"referance_no":"PDA"}');
    const [a, b] = [await connect(shop.shopUrl('shop_a')), await connect(shop.shopUrl('shop_b'))];
    const aRows = (await a.query('SELECT id, shop FROM provider_callbacks')).rows;
    expect(aRows.length).toBeGreaterThan(0);
    expect(aRows.every((r: { shop: string }) => r.shop === 'shop_a')).toBe(true);
    expect((await b.query('SELECT id FROM provider_callbacks')).rows).toEqual([]);
    expect(await readCallbacks(b, aRows.map((r: { id: string }) => Number(r.id)))).toEqual([]);
    expect((await b.query("SELECT seq FROM shop_changes WHERE kind = 'callback'")).rows).toEqual([]);
    await expect(b.query("INSERT INTO provider_callbacks (provider, body) VALUES ('paytr', 'x')")).rejects.toThrow(/permission denied/);
    await expect(b.query("UPDATE provider_callbacks SET body = 'x'")).rejects.toThrow(/permission denied/);
    await expect(b.query('DELETE FROM provider_callbacks')).rejects.toThrow(/permission denied/);
    // A counter cannot store callbacks itself: the function is the relay's alone.
    await expect(store(b, shop.relayTokens.shop_b!)).rejects.toThrow(/permission denied/);
  });

  it('the relay role can read and change nothing: only the one function', async () => {
    const relay = await connect(shop.relayUrl);
    for (const table of ['provider_callbacks', 'shop_relay_tokens', 'shop_changes', 'shop_outbox', 'shop_conflicts', 'paydesk_schema']) {
      await expect(relay.query(`SELECT * FROM ${table} LIMIT 1`), table).rejects.toThrow(/permission denied/);
    }
    await expect(relay.query("INSERT INTO provider_callbacks (shop, provider, body) VALUES ('shop_a', 'paytr', 'x')")).rejects.toThrow(/permission denied/);
    await expect(relay.query("INSERT INTO shop_changes (shop, kind, ref, body) VALUES ('shop_a', 'link', 'x', '{}')")).rejects.toThrow(/permission denied/);
    await expect(relay.query('CREATE TABLE relay_own (x int)')).rejects.toThrow(/permission denied/);
  });

  it('a temporary table the relay makes cannot stand in for the token table', async () => {
    const relay = await connect(shop.relayUrl);
    await relay.query('CREATE TEMP TABLE shop_relay_tokens (shop text, token text)');
    await relay.query("INSERT INTO shop_relay_tokens VALUES ('shop_b', 'forged-token-forged-token-0001')");
    expect(await store(relay, 'forged-token-forged-token-0001')).toBe(false);
  });
});
