import type { ClientBase } from 'pg';
import { AppFailure } from '@shared/result';

/** Shop ids are database role names: lower-case letters, digits and `_`, starting with a letter. */
const SHOP_ID = /^[a-z][a-z0-9_]{2,40}$/;

/**
 * Gives a shop its own login role on the shop server (run with the owner role): row-level
 * security keys every row on it, so one shop's counters never read or write another shop's rows.
 */
export async function provisionShop(owner: ClientBase, shopId: string, password: string): Promise<void> {
  if (!SHOP_ID.test(shopId)) throw AppFailure.of('invalid-input', 'A shop id is 3–41 lower-case letters, digits or _', { field: 'shopId' });
  if (password.length < 16) throw AppFailure.of('invalid-input', 'A shop password has at least 16 characters', { field: 'password' });
  // Identifiers cannot be bound as parameters: the id is checked above, the password is quoted by the server.
  const quoted = await owner.query<{ literal: string }>('SELECT quote_literal($1) AS literal', [password]);
  await owner.query(`CREATE ROLE ${shopId} LOGIN PASSWORD ${quoted.rows[0]?.literal ?? "''"} IN ROLE paydesk_shops`);
}
