import pg from 'pg';
import { migrateShopDatabase } from '../../../src/main/shop/shop-migrations';
import { provisionRelayLogin, provisionShop } from '../../../src/main/shop/shop-roles';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';

export interface ShopDatabase {
  server: ThrowawayPostgres;
  /** The owner's connection string (migrations, provisioning, test set-up). */
  ownerUrl: string;
  /** A shop role's connection string. */
  shopUrl(shop: string): string;
  /** Each shop's relay token (its callback path at the relay). */
  relayTokens: Record<string, string>;
  /** The relay's connection string (a login role in `paydesk_relay`: it may only store callbacks). */
  relayUrl: string;
  stop(): Promise<void>;
}

/** Shop timing for tests: rounds and claims in fractions of a second, short connection deadlines. */
export const testShopTiming = {
  intervalMs: 300,
  backoffBaseMs: 100,
  backoffMaxMs: 500,
  queueIdleMs: 100,
  queueConcurrency: 2,
  leaseMs: 30_000,
  skewMs: 5_000,
  connect: { connectMs: 1_000, statementMs: 2_000 },
};

const RELAY_PASSWORD = 'relay-test-password-0123456789';

/** A throwaway PostgreSQL with the shop database migrated and these shops (role → password) provisioned. */
export async function startShopDatabase(shops: Record<string, string>): Promise<ShopDatabase> {
  const server = await startThrowawayPostgres();
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE paydesk');
  await admin.end();
  const ownerUrl = server.url('paydesk');
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const relayTokens: Record<string, string> = {};
  try {
    await migrateShopDatabase(owner);
    for (const [shop, password] of Object.entries(shops)) relayTokens[shop] = (await provisionShop(owner, shop, password)).relayToken;
    await provisionRelayLogin(owner, 'relay_login', RELAY_PASSWORD);
  } finally {
    await owner.end();
  }
  return {
    server,
    ownerUrl,
    shopUrl: (shop) => server.url('paydesk', shop, shops[shop]),
    relayTokens,
    relayUrl: server.url('paydesk', 'relay_login', RELAY_PASSWORD),
    stop: () => server.stop(),
  };
}
