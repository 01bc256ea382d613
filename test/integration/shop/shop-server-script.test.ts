import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShopStatus } from '../../../src/shared/domain/shop';
import { startLinkKit, waitFor, type LinkKit } from '../links/link-kit';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';

/** `npm run shop-server`: what the person setting up the shop's PostgreSQL runs, then each counter pastes its output. */
const run = promisify(execFile);
let server: ThrowawayPostgres;
let kit: LinkKit;

beforeAll(async () => {
  server = await startThrowawayPostgres();
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE paydesk');
  await admin.end();
  kit = await startLinkKit({ confirmShopServer: async () => true, shopTiming: { intervalMs: 300, backoffBaseMs: 100, backoffMaxMs: 1_000 } });
}, 60_000);

afterAll(async () => {
  await kit?.dispose();
  await server?.stop();
});

const shopServer = (...args: string[]) => run('npx', ['tsx', 'scripts/shop-server.ts', '--owner-url', server.url('paydesk'), ...args], { encoding: 'utf8' });

describe('npm run shop-server', () => {
  it('migrates, makes the shop, prints the address a counter joins with; run again it changes nothing', async () => {
    const first = await shopServer('--shop', 'dukkan_moda');
    expect(first.stdout).toContain('Schema updated: 1, 2, 3');
    const address = /postgres:\/\/dukkan_moda:\S+/.exec(first.stdout)?.[0];
    expect(address).toBeTruthy();

    await kit.ok('shop:join', { url: address, counterName: 'Kasa 1' });
    await waitFor(async () => (await kit.ok<ShopStatus>('shop:status')).state === 'online', 10_000, 'online');

    const again = await shopServer('--shop', 'dukkan_moda');
    expect(again.stdout).toContain('Schema already up to date.');
    expect(again.stdout).toContain('already exists');
    expect(again.stdout).not.toContain('postgres://');
  }, 60_000);

  it('--relay-login makes the relay’s own login, which can store callbacks and read nothing', async () => {
    const made = await shopServer('--relay-login', 'relay_dukkan');
    const address = /DATABASE_URL=(postgres:\/\/relay_dukkan:\S+)/.exec(made.stdout)?.[1];
    expect(address).toBeTruthy();
    const relay = new pg.Client({ connectionString: address });
    await relay.connect();
    try {
      const stored = await relay.query("SELECT relay_store_callback('unknown-token-unknown-token', 'paytr', 'x', '{}') AS stored");
      expect(stored.rows[0].stored).toBe(false);
      await expect(relay.query('SELECT * FROM shop_relay_tokens')).rejects.toThrow(/permission denied/);
    } finally {
      await relay.end();
    }
    expect((await shopServer('--relay-login', 'relay_dukkan')).stdout).toContain('already exists');
  }, 60_000);

  it('without an owner address it says what to give and stops', async () => {
    const failed = await run('npx', ['tsx', 'scripts/shop-server.ts'], { encoding: 'utf8', env: { ...process.env, PAYDESK_OWNER_URL: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('--owner-url') });
  }, 30_000);
});
