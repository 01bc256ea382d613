import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimNext, settleClaim, takeOverStale } from '../../../src/main/shop/shop-claims';
import { assertKnownShopSchema, migrateShopDatabase, shopSchemaVersion } from '../../../src/main/shop/shop-migrations';
import { SHOP_SCHEMA_VERSION } from '../../../src/main/shop/shop-schema';
import { AppFailure } from '../../../src/shared/result';
import { said } from '../../support/said';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/** The shop database on a real PostgreSQL: migrations, one shop's rows kept from another, claims done once. */
let shop: ShopDatabase;
let owner: pg.Client;
const clients: pg.Client[] = [];
const PASSWORD = { shop_a: 'a-long-test-password-1', shop_b: 'b-long-test-password-2' };

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}
const asShop = (name: keyof typeof PASSWORD) => connect(shop.shopUrl(name));

beforeAll(async () => {
  shop = await startShopDatabase(PASSWORD);
  owner = await connect(shop.ownerUrl);
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await shop?.stop();
});

async function queue(client: pg.Client, id: string, anyCounter = true): Promise<void> {
  await client.query("INSERT INTO shop_outbox (id, owner_counter, any_counter, state, item) VALUES ($1, 'kasa-1', $2, 'queued', $3)", [
    id,
    anyCounter,
    JSON.stringify({ reference: id }),
  ]);
}

describe('schema migrations', () => {
  it('are applied once, in order, and a second run changes nothing', async () => {
    expect(await shopSchemaVersion(owner)).toBe(SHOP_SCHEMA_VERSION);
    expect(await migrateShopDatabase(owner)).toEqual([]);
    await assertKnownShopSchema(await asShop('shop_a'));
  });

  it('a database a newer PayDesk migrated is refused with "update PayDesk on this computer"', async () => {
    await owner.query('UPDATE paydesk_schema SET version = version + 1');
    try {
      const counter = await asShop('shop_a');
      const refused = await assertKnownShopSchema(counter).then(() => undefined, (e: unknown) => e);
      expect(refused).toBeInstanceOf(AppFailure);
      expect(said((refused as AppFailure).error, 'en')).toContain('Update PayDesk on this computer');
      await expect(migrateShopDatabase(owner)).rejects.toBeInstanceOf(AppFailure);
    } finally {
      await owner.query('UPDATE paydesk_schema SET version = version - 1');
    }
  });
});

describe('shops are separated (a role per shop, row-level security)', () => {
  it("one shop's counter can neither read nor write another shop's rows", async () => {
    const a = await asShop('shop_a');
    const b = await asShop('shop_b');
    await queue(a, 'PDSEPARATEA000001', false);
    expect((await a.query('SELECT id FROM shop_outbox WHERE id = $1', ['PDSEPARATEA000001'])).rowCount).toBe(1);
    expect((await b.query('SELECT id FROM shop_outbox')).rows.map((r) => r.id)).not.toContain('PDSEPARATEA000001');
    expect((await b.query("UPDATE shop_outbox SET state = 'cancelled' WHERE id = $1", ['PDSEPARATEA000001'])).rowCount).toBe(0);
    await expect(b.query("INSERT INTO shop_outbox (shop, id, owner_counter, state, item) VALUES ('shop_a', 'PDFORGED000000001', 'x', 'queued', '{}')")).rejects.toThrow(/row-level security/);
    await expect(b.query('DELETE FROM shop_outbox')).rejects.toThrow(/permission denied/);
    await expect(b.query('DROP TABLE shop_outbox')).rejects.toThrow(/must be owner/);
  });
});

describe('claims: exactly once across counters', () => {
  const times = { leaseMs: 30_000, skewMs: 5_000 };

  it('three counters claiming 60 shared items at once take each exactly once; items a counter keeps for itself are never claimed', async () => {
    const shop = await asShop('shop_b');
    for (let i = 0; i < 60; i++) await queue(shop, `PDCLAIM${String(i).padStart(10, '0')}`);
    await queue(shop, 'PDOWNONLY00000001', false);
    const counters = await Promise.all([asShop('shop_b'), asShop('shop_b'), asShop('shop_b')]);
    const taken = await Promise.all(
      counters.map(async (client, n) => {
        const mine: string[] = [];
        for (;;) {
          const claim = await claimNext(client, `kasa-${n}`, times);
          if (!claim) return mine;
          mine.push(claim.id);
        }
      }),
    );
    const all = taken.flat();
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    expect(all).not.toContain('PDOWNONLY00000001');
    expect(taken.filter((mine) => mine.length > 0).length).toBeGreaterThan(1); // really concurrent
  });

  it('a dead counter’s item is taken over as unknown (never re-sent) after lease + skew; its late write is a conflict, not applied', async () => {
    const shop = await asShop('shop_a');
    await queue(shop, 'PDLEASE0000000001');
    const slow = await asShop('shop_a');
    const claim = await claimNext(slow, 'kasa-slow', times);
    expect(claim?.id).toBe('PDLEASE0000000001');
    const other = await asShop('shop_a');
    expect(await takeOverStale(other, 'kasa-2', times)).toEqual([]); // the lease still holds
    // The lease ran out a while ago (the slow counter was cut off), beyond the skew margin.
    await owner.query("UPDATE shop_outbox SET lease_until = now() - interval '10 seconds' WHERE id = 'PDLEASE0000000001'");
    const taken = await takeOverStale(other, 'kasa-2', times);
    expect(taken.map((t) => [t.id, t.fence])).toEqual([['PDLEASE0000000001', (claim?.fence ?? 0) + 1]]);
    expect((await shop.query("SELECT state FROM shop_outbox WHERE id = 'PDLEASE0000000001'")).rows[0]?.state).toBe('unknown');

    expect(await settleClaim(slow, 'kasa-slow', claim!, 'created', { url: 'https://www.paytr.com/link/late' })).toBe('conflict');
    const row = (await shop.query("SELECT state, item FROM shop_outbox WHERE id = 'PDLEASE0000000001'")).rows[0];
    expect(row).toMatchObject({ state: 'unknown', item: { reference: 'PDLEASE0000000001' } });
    const conflicts = await shop.query("SELECT counter, fence, attempted FROM shop_conflicts WHERE item_id = 'PDLEASE0000000001'");
    expect(conflicts.rows).toEqual([{ counter: 'kasa-slow', fence: String(claim!.fence), attempted: { state: 'created', item: { url: 'https://www.paytr.com/link/late' } } }]);
  });

  it('the counter that holds the claim settles it', async () => {
    const shop = await asShop('shop_a');
    await queue(shop, 'PDSETTLE000000001');
    const claim = await claimNext(shop, 'kasa-1', times);
    expect(claim?.id).toBe('PDSETTLE000000001');
    expect(await settleClaim(shop, 'kasa-1', claim!, 'created', { reference: 'PDSETTLE000000001', url: 'https://www.paytr.com/link/x' })).toBe('applied');
    expect((await shop.query("SELECT state, claimed_by FROM shop_outbox WHERE id = 'PDSETTLE000000001'")).rows[0]).toEqual({ state: 'created', claimed_by: null });
  });
});
