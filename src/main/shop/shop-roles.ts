import { randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { AppFailure } from '@shared/result';

/** Shop ids are database role names: lower-case letters, digits and `_`, starting with a letter. */
const SHOP_ID = /^[a-z][a-z0-9_]{2,40}$/;

export interface ProvisionedShop {
  /** The shop's callback path at the relay (`/paytr/<token>`, `/paynet/<token>`): 192 random bits. */
  relayToken: string;
}

/**
 * Gives a shop its own login role on the shop server (run with the owner role): row-level
 * security keys every row on it, so one shop's counters never read or write another shop's rows.
 * The shop also gets its relay token, in the same transaction.
 */
export async function provisionShop(owner: ClientBase, shopId: string, password: string): Promise<ProvisionedShop> {
  if (!SHOP_ID.test(shopId)) throw AppFailure.of('invalid-input', 'A shop id is 3–41 lower-case letters, digits or _', { field: 'shopId' });
  if (password.length < 16) throw AppFailure.of('invalid-input', 'A shop password has at least 16 characters', { field: 'password' });
  // Identifiers cannot be bound as parameters: the id is checked above, the password is quoted by the server.
  const quoted = await owner.query<{ literal: string }>('SELECT quote_literal($1) AS literal', [password]);
  const relayToken = newRelayToken();
  await owner.query('BEGIN');
  try {
    await owner.query(`CREATE ROLE ${shopId} LOGIN PASSWORD ${quoted.rows[0]?.literal ?? "''"} IN ROLE paydesk_shops`);
    await owner.query('INSERT INTO shop_relay_tokens (shop, token) VALUES ($1, $2)', [shopId, relayToken]);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
  return { relayToken };
}

/** 24 random bytes, base64url: 32 characters that fit a URL path and PayTR's callback_link. */
export function newRelayToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * A login role for the relay (run with the owner role): a member of `paydesk_relay`, which can do
 * nothing but call relay_store_callback. The relay's DATABASE_URL uses this role.
 */
export async function provisionRelayLogin(owner: ClientBase, role: string, password: string): Promise<void> {
  if (!SHOP_ID.test(role)) throw AppFailure.of('invalid-input', 'A role name is 3–41 lower-case letters, digits or _', { field: 'role' });
  if (password.length < 16) throw AppFailure.of('invalid-input', 'A relay password has at least 16 characters', { field: 'password' });
  const quoted = await owner.query<{ literal: string }>('SELECT quote_literal($1) AS literal', [password]);
  await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD ${quoted.rows[0]?.literal ?? "''"} IN ROLE paydesk_relay`);
}
