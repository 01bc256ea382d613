import pg from 'pg';
import { migrateShopDatabase } from '../../../src/main/shop/shop-migrations';
import { provisionShop } from '../../../src/main/shop/shop-roles';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';

export interface ShopDatabase {
  server: ThrowawayPostgres;
  /** The owner's connection string (migrations, provisioning, test set-up). */
  ownerUrl: string;
  /** A shop role's connection string. */
  shopUrl(shop: string): string;
  stop(): Promise<void>;
}

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
  try {
    await migrateShopDatabase(owner);
    for (const [shop, password] of Object.entries(shops)) await provisionShop(owner, shop, password);
  } finally {
    await owner.end();
  }
  return {
    server,
    ownerUrl,
    shopUrl: (shop) => server.url('paydesk', shop, shops[shop]),
    stop: () => server.stop(),
  };
}
