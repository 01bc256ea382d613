import type { Queryable } from './shop-connection';

/** One change a counter wrote for the others (a link record, a customer …), in the shop's order. */
export interface ShopChange {
  seq: number;
  /** The writing transaction (xid8, as text: it outgrows a double). */
  tx: string;
  kind: string;
  ref: string;
  body: unknown;
  at: string;
}

/**
 * Where a counter stopped reading: the last change read, in (transaction, sequence) order. Only
 * finished transactions are read, and every transaction still to commit has a larger id than
 * the oldest one running, so nothing can appear behind this position later.
 */
export interface ChangePosition {
  tx: string;
  seq: number;
}

export const SHOP_START: ChangePosition = { tx: '0', seq: 0 };

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

export interface PullOptions {
  limit?: number;
  /** Leave links out (a counter new to the shop copies them from shop_links instead). */
  withoutLinks?: boolean;
}

/**
 * The shop's changes after `after`, in (transaction, sequence) order, up to `limit`. Only
 * transactions older than the oldest still running are read: a sequence number taken by a slow
 * transaction sorts by that transaction, so a counter never steps past a change not yet committed.
 */
export async function pullChanges(client: Queryable, after: ChangePosition, options: PullOptions = {}): Promise<ShopChange[]> {
  // A literal condition, so the planner can take the partial index of what is not a link.
  const kinds = options.withoutLinks ? `AND kind <> 'link'` : '';
  const rows = await client.query<{ seq: string; tx: string; kind: string; ref: string; body: unknown; at: Date }>(
    `SELECT seq, tx::text AS tx, kind, ref, body, at FROM shop_changes
      WHERE (tx, seq) > ($1::xid8, $2::bigint) AND tx < pg_snapshot_xmin(pg_current_snapshot()) ${kinds}
      ORDER BY tx, seq LIMIT $3`,
    [after.tx, after.seq, options.limit ?? 500],
  );
  return rows.rows.map((r) => ({ seq: Number(r.seq), tx: r.tx, kind: r.kind, ref: r.ref, body: r.body, at: r.at.toISOString() }));
}

/** The position after the last of `changes` (or `before` when there are none). */
export function positionAfter(changes: readonly ShopChange[], before: ChangePosition): ChangePosition {
  const last = changes.at(-1);
  return last ? { tx: last.tx, seq: last.seq } : before;
}

/** Everything finished now lies before this position (what a counter new to the shop copies instead of reading). */
export async function currentPosition(client: Queryable): Promise<ChangePosition> {
  const now = await client.query<{ tx: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS tx');
  return { tx: now.rows[0]?.tx ?? '0', seq: 0 };
}

/**
 * The position for a cursor saved by an older PayDesk, which counted sequence numbers only: just
 * before the oldest transaction among the changes after `seq` (or now, when there are none). A
 * few changes may be read twice; merging them again changes nothing.
 */
export async function positionAfterSeq(client: Queryable, seq: number): Promise<ChangePosition> {
  const found = await client.query<{ tx: string | null }>(
    `SELECT least(min(tx), pg_snapshot_xmin(pg_current_snapshot()))::text AS tx FROM shop_changes WHERE seq > $1`,
    [seq],
  );
  // Sequence numbers start at 1, so (tx, 0) comes before every change of tx.
  return { tx: found.rows[0]?.tx ?? '0', seq: 0 };
}
