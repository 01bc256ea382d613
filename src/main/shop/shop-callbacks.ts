import { isRelayUrl } from './relay-url';
import type { Queryable } from './shop-connection';

/** A provider callback the relay stored for this shop, as a counter reads it (row-level security: its own only). */
export interface StoredCallback {
  id: number;
  provider: 'paytr' | 'paynet';
  /** The request body as the provider sent it (form or JSON text): verified on the counter, never trusted here. */
  body: string;
  headers: Record<string, string>;
  receivedAt: string;
}

/** The callbacks named by pulled `callback` changes (their `ref` is the callback id), oldest first. */
export async function readCallbacks(client: Queryable, ids: readonly number[]): Promise<StoredCallback[]> {
  const wanted = ids.filter((id) => Number.isSafeInteger(id) && id > 0);
  if (wanted.length === 0) return [];
  const rows = await client.query<{ id: string; provider: 'paytr' | 'paynet'; body: string; headers: Record<string, string>; received_at: Date }>(
    'SELECT id, provider, body, headers, received_at FROM provider_callbacks WHERE id = ANY($1::bigint[]) ORDER BY id',
    [wanted],
  );
  return rows.rows.map((r) => ({ id: Number(r.id), provider: r.provider, body: r.body, headers: r.headers, receivedAt: r.received_at.toISOString() }));
}

/** This shop's relay token: the last part of its callback addresses (`https://relay…/paytr/<token>`). */
export async function shopRelayToken(client: Queryable): Promise<string | undefined> {
  const row = await client.query<{ token: string }>('SELECT token FROM shop_relay_tokens WHERE shop = current_user');
  return row.rows[0]?.token;
}

/**
 * Where the providers should report this shop's payments: the relay's public address (set by
 * whoever runs it, `npm run shop-server -- --relay-url`) with the shop's token. Undefined without a relay.
 */
export async function shopCallbackBase(client: Queryable): Promise<string | undefined> {
  const row = await client.query<{ token: string; relay_url: string | null }>('SELECT token, relay_url FROM shop_relay_tokens WHERE shop = current_user');
  const found = row.rows[0];
  if (!found?.relay_url || !isRelayUrl(found.relay_url)) return undefined;
  return `${found.relay_url}/{provider}/${found.token}`;
}
