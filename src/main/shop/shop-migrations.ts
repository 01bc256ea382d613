import type { Queryable } from './shop-connection';
import { userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';
import { SHOP_SCHEMA_VERSION, shopMigrations } from './shop-schema';

/** One lock id for "migrating the shop schema": two counters starting together migrate once. */
const MIGRATION_LOCK = 0x70617964; // 'payd'

/** The schema version the database is at (0: empty). */
export async function shopSchemaVersion(client: Queryable): Promise<number> {
  const exists = await client.query<{ found: boolean }>("SELECT to_regclass('paydesk_schema') IS NOT NULL AS found");
  if (!exists.rows[0]?.found) return 0;
  const row = await client.query<{ version: number }>('SELECT version FROM paydesk_schema WHERE id = 1');
  return row.rows[0]?.version ?? 0;
}

/** A database made by a newer PayDesk: this computer must be updated before it may share the shop's data. */
export function newerSchema(found: number): AppFailure {
  return AppFailure.of('unsupported', `The shop database is at schema ${found}; this PayDesk knows up to ${SHOP_SCHEMA_VERSION}`, {
    userText: userText('answer.shop.updatePayDesk'),
  });
}

/**
 * Brings the shop database up to this PayDesk's schema, each migration in its own transaction,
 * under an advisory lock; refuses a newer database. Run with the owner role (the shop server's
 * setup), never a shop's own role. Returns the versions applied.
 */
export async function migrateShopDatabase(client: Queryable): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS paydesk_schema (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL)');
    await client.query('INSERT INTO paydesk_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING');
    const current = await shopSchemaVersion(client);
    if (current > SHOP_SCHEMA_VERSION) throw newerSchema(current);
    const applied: number[] = [];
    for (let version = current + 1; version <= SHOP_SCHEMA_VERSION; version++) {
      await client.query('BEGIN');
      try {
        await client.query(shopMigrations[version - 1] ?? '');
        await client.query('UPDATE paydesk_schema SET version = $1 WHERE id = 1', [version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** What a counter checks on connecting with its shop role: the schema is one it knows. */
export async function assertKnownShopSchema(client: Queryable): Promise<void> {
  const found = await shopSchemaVersion(client);
  if (found > SHOP_SCHEMA_VERSION) throw newerSchema(found);
  if (found < SHOP_SCHEMA_VERSION) {
    throw AppFailure.of('unsupported', `The shop database is at schema ${found}; it needs ${SHOP_SCHEMA_VERSION}`, {
      userText: userText('answer.shop.migrateServer'),
    });
  }
}
