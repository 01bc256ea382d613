// `npm run shop-server -- --owner-url postgres://admin@host:5432/paydesk --shop dukkan_moda`
// Prepares a PostgreSQL for a shop's counters: applies PayDesk's migrations with the owner's
// role, gives the shop its own login role (row-level security keeps it to its own rows), and
// prints the address each counter pastes into Settings → "Birden çok kasa". Run it again after
// updating PayDesk to apply new migrations (`--shop` then only adds a shop that is not there yet).
// `--relay-login <name>` makes the login role the callback relay uses (docs/relay.md) and prints
// its DATABASE_URL: that role can store callbacks and nothing else. `--relay-url https://relay.example.com`
// (with `--shop`) tells that shop's counters where the relay listens: from then on they ask PayTR and
// Paynet to report payments there.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { isRelayUrl } from '../src/main/shop/relay-url';
import { migrateShopDatabase } from '../src/main/shop/shop-migrations';
import { provisionRelayLogin, provisionShop } from '../src/main/shop/shop-roles';

const { values } = parseArgs({ options: { 'owner-url': { type: 'string' }, shop: { type: 'string' }, 'public-host': { type: 'string' }, 'relay-login': { type: 'string' }, 'relay-url': { type: 'string' } } });
const ownerUrl = values['owner-url'] ?? process.env.PAYDESK_OWNER_URL;
if (!ownerUrl) {
  console.error('Give the owner connection string: --owner-url postgres://admin@host:5432/paydesk (or PAYDESK_OWNER_URL).');
  process.exit(2);
}

const owner = new pg.Client({ connectionString: ownerUrl });
try {
  await owner.connect();
  const applied = await migrateShopDatabase(owner);
  console.log(applied.length > 0 ? `Schema updated: ${applied.join(', ')}.` : 'Schema already up to date.');
  if (values.shop) {
    const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [values.shop]);
    if (exists.rowCount) {
      console.log(`The shop “${values.shop}” already exists; its password is unchanged.`);
    } else {
      const password = randomBytes(24).toString('base64url');
      const { relayToken } = await provisionShop(owner, values.shop, password);
      const url = new URL(ownerUrl);
      const host = values['public-host'] ?? url.hostname;
      const address = `postgres://${values.shop}:${password}@${host}:${url.port || 5432}${url.pathname}${url.search}`;
      console.log(`\nShop “${values.shop}” is ready. On every counter: Settings → Birden çok kasa → paste this address:\n\n  ${address}\n`);
      console.log('The password is in the address: PayDesk moves it into each computer’s keychain. Keep this text private.');
      console.log(`With a callback relay, this shop's callback paths are /paytr/${relayToken} and /paynet/${relayToken} (counters read them from the database).`);
    }
  }
  const relayUrl = values['relay-url'];
  if (relayUrl) {
    if (!values.shop) throw new Error('--relay-url needs --shop: it is set per shop');
    if (!isRelayUrl(relayUrl)) throw new Error('--relay-url is the relay’s public https address without a path, e.g. https://relay.example.com');
    await owner.query('UPDATE shop_relay_tokens SET relay_url = $1 WHERE shop = $2', [relayUrl, values.shop]);
    console.log(`The counters of “${values.shop}” now ask PayTR and Paynet to report payments to ${relayUrl}.`);
  }
  const relayLogin = values['relay-login'];
  if (relayLogin) {
    const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [relayLogin]);
    if (exists.rowCount) {
      console.log(`The relay login “${relayLogin}” already exists; its password is unchanged.`);
    } else {
      const password = randomBytes(24).toString('base64url');
      await provisionRelayLogin(owner, relayLogin, password);
      const url = new URL(ownerUrl);
      const address = `postgres://${relayLogin}:${password}@${values['public-host'] ?? url.hostname}:${url.port || 5432}${url.pathname}${url.search}`;
      console.log(`\nThe relay's database address (it can store callbacks and nothing else):\n\n  DATABASE_URL=${address}\n`);
    }
  }
} catch (error) {
  console.error(`The shop server could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await owner.end().catch(() => undefined);
}
