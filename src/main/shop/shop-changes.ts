import type { Queryable } from './shop-connection';

/** One change a counter wrote for the others (a link record, a customer …), in the shop's order. */
export interface ShopChange {
  seq: number;
  kind: string;
  ref: string;
  body: unknown;
  at: string;
}

/** Writes a change for the shop's other counters and rings their doorbell (LISTEN paydesk_<shop>). */
export async function pushChange(client: Queryable, kind: string, ref: string, body: unknown): Promise<number> {
  const written = await client.query<{ seq: string }>('INSERT INTO shop_changes (kind, ref, body) VALUES ($1, $2, $3) RETURNING seq', [
    kind,
    ref,
    JSON.stringify(body),
  ]);
  // The doorbell only says "something new": a missed one costs a poll interval, never data.
  await client.query("SELECT pg_notify('paydesk_' || current_user, '')");
  return Number(written.rows[0]?.seq);
}

/**
 * The shop's changes after `after`, oldest first, up to `limit`. Only rows below the oldest
 * transaction still running are returned: a change whose sequence number was taken earlier but
 * is not committed yet holds back the ones after it, so a counter that remembers the last `seq` it
 * read never skips one.
 */
export async function pullChanges(client: Queryable, after: number, limit = 500): Promise<ShopChange[]> {
  const rows = await client.query<{ seq: string; kind: string; ref: string; body: unknown; at: Date }>(
    `SELECT seq, kind, ref, body, at FROM shop_changes
      WHERE seq > $1 AND tx < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY seq LIMIT $2`,
    [after, limit],
  );
  return rows.rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, ref: r.ref, body: r.body, at: r.at.toISOString() }));
}
