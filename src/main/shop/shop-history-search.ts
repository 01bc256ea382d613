import { linkRecordSchema, type LinkRecord, type LinkSummary } from '@shared/domain/link-record';
import { formatMinor } from '@shared/domain/money';
import { plainTurkish } from '@shared/domain/turkish-text';
import type { Queryable } from './shop-connection';

/**
 * The shop's history beyond what a counter keeps, searched in PostgreSQL: each shared link's
 * latest copy with its text folded the way the counters fold theirs (Turkish letters plain, so
 * `ayse` and `AYŞE` meet), behind a trigram index.
 */

/** The words a link is found by: references, customer, description, the amount as people write it. */
export function shopSearchText(record: LinkRecord): string {
  const amount = formatMinor(record.amount.minor);
  const { customer } = record;
  const parts = [record.reference, record.description, customer.name ?? '', customer.email ?? '', customer.phone ?? '', amount, amount.replaceAll('.', '')];
  return plainTurkish(parts.join(' '));
}

/** Keeps the shop's copy of a link current (called with every push of a link). */
export async function publishLink(client: Queryable, record: LinkRecord): Promise<void> {
  await client.query(
    `INSERT INTO shop_links (reference, created_at, search, record, status) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (shop, reference) DO UPDATE SET search = EXCLUDED.search, record = EXCLUDED.record, status = EXCLUDED.status`,
    [record.reference, record.createdAt, shopSearchText(record), JSON.stringify(record), record.status],
  );
}

const likeEscaped = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Newest first, every word found (in any order), made before `before` when given; copies that do
 * not read as links are left out.
 */
export async function searchShopHistory(client: Queryable, text: string, limit: number, before?: Date): Promise<LinkSummary[]> {
  const words = plainTurkish(text).split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  const patterns = words.map((word) => `%${likeEscaped(word)}%`);
  // The database function keeps to this shop's rows and looks at the newest links before the index (shop-schema.ts, 3 and 8).
  const found = before
    ? await client.query<{ record: unknown }>('SELECT shop_search_links AS record FROM shop_search_links($1::text[], $2, $3::timestamptz)', [
        patterns,
        limit,
        before.toISOString(),
      ])
    : await client.query<{ record: unknown }>('SELECT shop_search_links AS record FROM shop_search_links($1::text[], $2)', [patterns, limit]);
  return found.rows.flatMap((row) => {
    const parsed = linkRecordSchema.safeParse(row.record);
    if (!parsed.success) return [];
    const { timeline: _timeline, statusDetails: _details, ...summary } = parsed.data;
    return [summary];
  });
}
