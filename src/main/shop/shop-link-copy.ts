import { linkRecordSchema, type LinkRecord } from '@shared/domain/link-record';
import type { Queryable } from './shop-connection';

/** Links read per page: one history write each (one journal flush), a few hundred kilobytes. */
const PAGE = 1_000;

/**
 * What a counter new to the shop copies from shop_links instead of replaying years of changes:
 * every link created since `since`, then every older link still open. Page by page in creation
 * order, each page handed to `take` before the next is read. Copies that do not read as links are
 * left out. Resolves with how many were handed over.
 */
export async function copyKeptLinks(client: Queryable, since: string, take: (records: LinkRecord[]) => Promise<void>): Promise<number> {
  const recent = `created_at >= $1::timestamptz`;
  const olderOpen = `created_at < $1::timestamptz AND status IN ('active', 'unknown')`;
  return (await copyWhere(client, recent, since, take)) + (await copyWhere(client, olderOpen, since, take));
}

async function copyWhere(client: Queryable, condition: string, since: string, take: (records: LinkRecord[]) => Promise<void>): Promise<number> {
  let copied = 0;
  let after: { at: string; reference: string } = { at: '-infinity', reference: '' };
  for (;;) {
    const page = await client.query<{ at: string; reference: string; record: unknown }>(
      `SELECT created_at::text AS at, reference, record FROM shop_links
        WHERE ${condition} AND created_at >= $2::timestamptz AND (created_at, reference) > ($2::timestamptz, $3::text)
        ORDER BY created_at, reference LIMIT ${PAGE}`,
      [since, after.at, after.reference],
    );
    const last = page.rows.at(-1);
    if (!last) return copied;
    const records = page.rows.flatMap((row) => {
      const parsed = linkRecordSchema.safeParse(row.record);
      return parsed.success && parsed.data.reference === row.reference ? [parsed.data as LinkRecord] : [];
    });
    if (records.length > 0) await take(records);
    copied += records.length;
    after = { at: last.at, reference: last.reference };
  }
}
