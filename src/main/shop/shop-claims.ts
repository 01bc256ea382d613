import type { UnknownDecision } from '@shared/domain/outbox-item';
import type { Queryable } from './shop-connection';

/**
 * Work any open counter of the shop may do, claimed in the shop database so it is done once:
 * one statement picks an item with `FOR UPDATE SKIP LOCKED`, takes a lease and bumps the item's
 * fence; every later change of that item is conditional on the fence, so a counter that lost its
 * claim (its lease ran out, another took over) can no longer change it: its write is kept as a
 * conflict, never applied.
 */
export interface ShopClaim {
  id: string;
  fence: number;
  item: unknown;
}

export interface ClaimTimes {
  /** How long a claim holds before another counter may look at it. */
  leaseMs: number;
  /** Clocks of two computers may disagree this much: a lease counts as over only after it too. */
  skewMs: number;
}

/**
 * Offers an item to every open counter of the shop. Offering it again is harmless (the first
 * offer stands), so a counter that lost the server's answer simply offers again.
 */
export async function offerItem(client: Queryable, ownerCounter: string, id: string, accountId: string, item: unknown): Promise<void> {
  await client.query(
    `INSERT INTO shop_outbox (id, owner_counter, any_counter, state, item, account_id) VALUES ($1, $2, true, 'queued', $3, $4)
     ON CONFLICT (shop, id) DO NOTHING`,
    [id, ownerCounter, JSON.stringify(item), accountId],
  );
  await client.query("SELECT pg_notify('paydesk_' || current_user, '')");
}

/**
 * Claims the oldest queued shared item for `counter`, or undefined when there is none free; with
 * `accountIds`, only items for those accounts (the ones this counter holds keys for).
 */
export async function claimNext(client: Queryable, counter: string, times: ClaimTimes, accountIds?: readonly string[]): Promise<ShopClaim | undefined> {
  const claimed = await client.query<{ id: string; fence: string; item: unknown }>(
    `UPDATE shop_outbox o
        SET state = 'sending', claimed_by = $1, fence = o.fence + 1,
            lease_until = now() + make_interval(secs => $2 / 1000.0), updated_at = now()
      WHERE (o.shop, o.id) = (
        SELECT shop, id FROM shop_outbox
         WHERE any_counter AND state = 'queued'
           AND (not_before IS NULL OR not_before <= now())
           AND ($3::text[] IS NULL OR account_id = ANY($3::text[]))
         ORDER BY updated_at, id
         FOR UPDATE SKIP LOCKED
         LIMIT 1)
      RETURNING o.id, o.fence, o.item`,
    [counter, times.leaseMs, accountIds ? [...accountIds] : null],
  );
  const row = claimed.rows[0];
  return row ? { id: row.id, fence: Number(row.fence), item: row.item } : undefined;
}

/**
 * Takes over what a dead counter left `sending` once its lease and the skew margin are over: it
 * becomes `unknown` under a new fence (the request may have reached the provider), never queued.
 */
export async function takeOverStale(client: Queryable, counter: string, times: ClaimTimes): Promise<ShopClaim[]> {
  const taken = await client.query<{ id: string; fence: string; item: unknown }>(
    `UPDATE shop_outbox
        SET state = 'unknown', claimed_by = $1, fence = fence + 1, lease_until = NULL, updated_at = now()
      WHERE state = 'sending' AND claimed_by IS DISTINCT FROM $1
        AND lease_until < now() - make_interval(secs => $2 / 1000.0)
      RETURNING id, fence, item`,
    [counter, times.skewMs],
  );
  return taken.rows.map((row) => ({ id: row.id, fence: Number(row.fence), item: row.item }));
}

export type SettleAnswer = 'applied' | 'conflict';

/**
 * The outcome of a claimed item, applied only under the fence the counter claimed it with; a
 * late write (the claim was lost) is recorded in shop_conflicts for the timeline instead.
 */
export async function settleClaim(
  client: Queryable,
  counter: string,
  claim: Pick<ShopClaim, 'id' | 'fence'>,
  state: string,
  item: unknown,
  notBefore?: string,
): Promise<SettleAnswer> {
  const settled = await client.query(
    `UPDATE shop_outbox SET state = $3, item = $4, claimed_by = NULL, lease_until = NULL, updated_at = now(), not_before = $6
      WHERE id = $1 AND fence = $2 AND claimed_by = $5`,
    [claim.id, claim.fence, state, JSON.stringify(item), counter, notBefore ?? null],
  );
  if (settled.rowCount === 1) return 'applied';
  await client.query('INSERT INTO shop_conflicts (item_id, counter, fence, attempted) VALUES ($1, $2, $3, $4)', [
    claim.id,
    counter,
    claim.fence,
    JSON.stringify({ state, item }),
  ]);
  return 'conflict';
}

/**
 * The owner's decision on an item left `unknown` (its answer was lost, or its counter died
 * mid-request): `was-created` settles it (they check the provider's panel); `create-again` puts
 * it back in the queue for any open counter. Either way under a new fence, so a counter still
 * holding an old claim can change nothing. Undefined when the item is no longer unknown (another
 * counter decided first).
 */
export async function resolveUnknownItem(client: Queryable, id: string, decision: UnknownDecision): Promise<{ item: unknown } | undefined> {
  const resolved = await client.query<{ item: unknown }>(
    `UPDATE shop_outbox
        SET state = CASE WHEN $2 = 'was-created' THEN 'created' ELSE 'queued' END, fence = fence + 1,
            claimed_by = NULL, lease_until = NULL, not_before = NULL, updated_at = now()
      WHERE id = $1 AND state = 'unknown'
      RETURNING item`,
    [id, decision],
  );
  if (decision === 'create-again') await client.query("SELECT pg_notify('paydesk_' || current_user, '')");
  return resolved.rows[0];
}

/** An item's state and content in the shop now (undefined when the shop has no such item). */
export async function shopItemNow(client: Queryable, id: string): Promise<{ state: string; item: unknown } | undefined> {
  const found = await client.query<{ state: string; item: unknown }>('SELECT state, item FROM shop_outbox WHERE id = $1', [id]);
  return found.rows[0];
}

/** The shop's items not made yet (newest change first): what the Outbox lists as the shop's queue. */
export async function openShopItems(client: Queryable, limit = 200): Promise<{ id: string; state: string; item: unknown; updatedAt: string }[]> {
  const rows = await client.query<{ id: string; state: string; item: unknown; updated_at: Date }>(
    "SELECT id, state, item, updated_at FROM shop_outbox WHERE state <> 'created' ORDER BY updated_at DESC LIMIT $1",
    [limit],
  );
  return rows.rows.map((row) => ({ id: row.id, state: row.state, item: row.item, updatedAt: row.updated_at.toISOString() }));
}
