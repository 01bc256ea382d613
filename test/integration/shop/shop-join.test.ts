import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { ShopStatus } from '../../../src/shared/domain/shop';
import { publishLink } from '../../../src/main/shop/shop-history-search';
import { createInput, paytrRequest, startLinkKit, waitFor, type LinkKit } from '../links/link-kit';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/** A counter joins its shop from Settings, shares its links, survives a restart and leaves without losing anything. */
const PASSWORD = 'shop-a-password-0123456789';
// A minute between rounds: what is shared within seconds here goes by the local change and the doorbell.
const fastShop = { intervalMs: 60_000, backoffBaseMs: 100, backoffMaxMs: 1_000 };
let shop: ShopDatabase;
let a: LinkKit;
let b: LinkKit;
const asked: string[] = [];
let confirmAnswer = true;
const confirmShopServer = async (text: { message: string }) => {
  asked.push(text.message);
  return confirmAnswer;
};

beforeAll(async () => {
  shop = await startShopDatabase({ shop_a: PASSWORD });
  [a, b] = await Promise.all([
    startLinkKit({ confirmShopServer, shopTiming: fastShop }),
    startLinkKit({ confirmShopServer, shopTiming: fastShop }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.dispose(), b?.dispose()]);
  await shop?.stop();
});

const urlWithoutPassword = () => shop.shopUrl('shop_a').replace(/:[^:@/]+@/, '@');
const status = (kit: LinkKit) => kit.ok<ShopStatus>('shop:status');

describe('joining a shop', () => {
  it('a wrong password is said in place and nothing is kept', async () => {
    const answer = await a.invoke('shop:join', { url: urlWithoutPassword(), password: 'not-the-password-000', counterName: 'Kasa 1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'auth-failed', userText: { key: 'shop.password-wrong' } } });
    expect(await status(a)).toEqual({ state: 'off', pending: 0 });
    expect(await a.h.vault.get('paydesk-shop', 'password')).toBeNull();
  });

  it('a server the owner does not confirm in main’s own dialog is never contacted with data', async () => {
    confirmAnswer = false;
    try {
      const answer = await a.invoke('shop:join', { url: urlWithoutPassword(), password: PASSWORD, counterName: 'Kasa 1' });
      expect(answer).toMatchObject({ ok: false, error: { userText: { key: 'shop.not-confirmed' } } });
      expect(asked.at(-1)).toContain('127.0.0.1');
      expect((await status(a)).state).toBe('off');
    } finally {
      confirmAnswer = true;
    }
  });

  it('joined, a link made at one counter reaches the other with the name of the counter that made it', async () => {
    const account = await a.account('paytr');
    // A link made before joining is shared too.
    const before = paytrRequest();
    await a.ok('links:create', createInput(account, before));

    await a.ok('shop:join', { url: shop.shopUrl('shop_a'), counterName: 'Kasa 1' });
    await b.ok('shop:join', { url: urlWithoutPassword(), password: PASSWORD, counterName: 'Arka ofis' });
    await waitFor(async () => (await status(a)).state === 'online' && (await status(b)).state === 'online', 10_000, 'both online');
    const joined = await status(a);
    expect(joined).toMatchObject({ state: 'online', counterName: 'Kasa 1', shop: 'shop_a', lastSyncedAt: expect.any(String) });
    expect(JSON.stringify(joined)).not.toContain(PASSWORD);

    const request = paytrRequest();
    const made = await a.ok<{ record: LinkRecord }>('links:create', createInput(account, request));
    expect(made.record.counter).toBe('Kasa 1');
    const seen = await waitFor(() => b.record(request.reference), 10_000, 'the link at the other counter');
    expect(seen).toMatchObject({ counter: 'Kasa 1', amount: request.amount, status: 'active' });
    expect(await waitFor(() => b.record(before.reference), 10_000, 'the link made before joining')).toBeTruthy();

    // The account is the shop's too, under the same id, without its keys: each computer types its own.
    const accountsAtB = await waitFor(async () => {
      const list = await b.ok<{ account: { id: string } }[]>('accounts:list');
      return list.some((view) => view.account.id === account) && list;
    }, 10_000, 'the account at the other counter');
    expect(accountsAtB.find((view) => view.account.id === account)).toMatchObject({ secretsStored: { merchantKey: false, merchantSalt: false } });
  });

  it('customers are shared: the newer edit wins everywhere and the other copy is kept beside it', async () => {
    type Contact = { id: string; name: string; phone?: string; otherCopy?: { name: string } };
    const account = await a.account('paytr');
    const phone = '+905321112233';
    await a.ok('links:create', createInput(account, paytrRequest({ customer: { name: 'Ayşe Yılmaz', phone } })));
    const atB = await waitFor(async () => (await b.ok<Contact[]>('contacts:list', { limit: 50 })).find((c) => c.phone === phone), 10_000, 'the customer at B');
    expect(atB.name).toBe('Ayşe Yılmaz');

    const atA = (await a.ok<Contact[]>('contacts:list', { limit: 50 })).find((c) => c.phone === phone)!;
    await a.ok('contacts:update', { id: atA.id, patch: { name: 'Ayşe Demir', phone } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await b.ok('contacts:update', { id: atB.id, patch: { name: 'Ayşe Y. Demir', phone } });
    const converged = async () => {
      const [x, y] = await Promise.all([a, b].map(async (kit) => (await kit.ok<Contact[]>('contacts:list', { limit: 50 })).find((c) => c.phone === phone)));
      return x?.name === 'Ayşe Y. Demir' && y?.name === 'Ayşe Y. Demir' && x;
    };
    const final = await waitFor(converged, 10_000, 'both counters on the newer edit');
    expect(final.otherCopy).toMatchObject({ name: 'Ayşe Demir' });
  });

  it('the password is only in the keychain, bound to its server: not in files, events, answers or the shop tables', async () => {
    const files = (await a.h.readAllFiles()) + (await b.h.readAllFiles());
    expect(files).not.toContain(PASSWORD);
    expect(await readFile(join(a.h.dataDir, 'shop.json'), 'utf8')).toContain('shop_a');
    expect(await a.h.vault.get('paydesk-shop', 'password')).toContain(PASSWORD);

    // Every table of the shop database, every row as text: no password, no provider key.
    const owner = new pg.Client({ connectionString: shop.ownerUrl });
    await owner.connect();
    try {
      const tables = await owner.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      let dump = '';
      for (const { table_name } of tables.rows) {
        const rows = await owner.query(`SELECT t::text AS row FROM ${pg.escapeIdentifier(table_name)} t`);
        dump += rows.rows.map((r: { row: string }) => r.row).join('\n');
      }
      expect(dump).toContain('Kasa 1');
      for (const secret of [PASSWORD, a.paytr.keys.merchantKey, a.paytr.keys.merchantSalt, b.paytr.keys.merchantKey]) expect(dump).not.toContain(secret);
    } finally {
      await owner.end();
    }
  });

  it('links older than this counter keeps are searched on the shop’s server, folding Turkish letters like the counter does; links here are not repeated', async () => {
    const account = await a.account('paytr');
    const request = paytrRequest({ description: 'Şubat kirası', customer: { name: 'Çağrı Öztürk' } });
    const made = await a.ok<{ record: LinkRecord }>('links:create', createInput(account, request));
    await waitFor(() => b.record(request.reference), 10_000, 'the new link at B');
    // A link from two years ago, paid long since: on the server only (another counter pushed it then).
    const twoYears = new Date(Date.now() - 730 * 24 * 3600_000).toISOString();
    const old: LinkRecord = { ...made.record, reference: paytrRequest().reference, createdAt: twoYears, updatedAt: twoYears, status: 'paid', counter: 'Kasa 3' };
    const shopRole = new pg.Client({ connectionString: shop.shopUrl('shop_a') });
    await shopRole.connect();
    try {
      await publishLink(shopRole, old);
    } finally {
      await shopRole.end();
    }
    const { rows } = await b.ok<{ rows: { reference: string; counter?: string }[] }>('shop:search-history', { text: 'cagri subat', limit: 20 });
    expect(rows.map((row) => row.reference)).toEqual([old.reference]);
    expect(rows[0]).toMatchObject({ counter: 'Kasa 3', status: 'paid' });
    expect((await b.ok<{ rows: unknown[] }>('shop:search-history', { text: 'ÇAĞRI ÖZTÜRK', limit: 20 })).rows).toHaveLength(1);
    expect((await b.ok<{ rows: unknown[] }>('shop:search-history', { text: 'cagri %', limit: 20 })).rows).toEqual([]);
  });

  it('a shared link whose address is not its account’s own arrives without the address (never shown, printed or sent)', async () => {
    const account = await a.account('paytr');
    const request = paytrRequest();
    const made = await a.ok<{ record: LinkRecord }>('links:create', createInput(account, request));
    await waitFor(() => b.record(request.reference), 10_000, 'the genuine link at B');
    // Someone holding the shop's password writes a copy pointing elsewhere.
    const forged = { ...made.record, reference: paytrRequest().reference, url: 'https://paytr.example-phish.com/link/abc' };
    const shopRole = new pg.Client({ connectionString: shop.shopUrl('shop_a') });
    await shopRole.connect();
    await shopRole.query("INSERT INTO shop_changes (kind, ref, body) VALUES ('link', $1, $2)", [forged.reference, JSON.stringify(forged)]);
    await shopRole.query("SELECT pg_notify('paydesk_shop_a', '')");
    await shopRole.end();
    const arrived = await waitFor(() => b.record(forged.reference), 10_000, 'the forged copy at B');
    expect(arrived.url).toBeUndefined();
    expect((await b.record(request.reference))?.url).toBe(made.record.url);
  });

  it('after a restart the counter takes up its shop by itself', async () => {
    await a.h.restart();
    await waitFor(async () => (await status(a)).state === 'online', 10_000, 'online after restart');
    const account = await a.account('paytr');
    const request = paytrRequest();
    await a.ok('links:create', createInput(account, request));
    expect(await waitFor(() => b.record(request.reference), 10_000, 'shared after restart')).toMatchObject({ counter: 'Kasa 1' });
  });

  it('a new server address never gets the password typed for the old one', async () => {
    const elsewhere = urlWithoutPassword().replace('127.0.0.1', 'localhost');
    const answer = await a.invoke('shop:join', { url: elsewhere, counterName: 'Kasa 1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'credential-missing', userText: { key: 'shop.password-missing' } } });
    expect((await status(a)).state).toBe('online');
  });

  it('leaving keeps every local link and removes the password', async () => {
    const count = (await a.ok<{ total: number }>('history:query', { filter: {}, offset: 0, limit: 1 })).total;
    const left = await a.ok<ShopStatus>('shop:leave');
    expect(left).toEqual({ state: 'off', pending: 0 });
    expect(await a.h.vault.get('paydesk-shop', 'password')).toBeNull();
    expect((await a.ok<{ total: number }>('history:query', { filter: {}, offset: 0, limit: 1 })).total).toBe(count);
    await a.h.restart();
    expect((await status(a)).state).toBe('off');
  });
});
