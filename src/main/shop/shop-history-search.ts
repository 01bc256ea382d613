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
    `INSERT INTO shop_links (reference, created_at, search, record) VALUES ($1, $2, $3, $4)
     ON CONFLICT (shop, reference) DO UPDATE SET search = EXCLUDED.search, record = EXCLUDED.record`,
    [record.reference, record.createdAt, shopSearchText(record), JSON.stringify(record)],
  );
}

const likeEscaped = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A word most links share is found among the newest this many before the index is asked. */
const RECENT_WINDOW = 20_000;

/**
 * Newest first, every word found (in any order); copies that do not read as links are left out.
 * Two looks: the newest links first (a common word fills the page there, where the trigram index
 * would fetch every match to sort them), then the index (a rare word, anywhere in the history).
 */
export async function searchShopHistory(client: Queryable, text: string, limit: number): Promise<LinkSummary[]> {
  const words = plainTurkish(text).split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  const where = words.map((_, i) => `search LIKE $${i + 2}`).join(' AND ');
  const params = [limit, ...words.map((word) => `%${likeEscaped(word)}%`)];
  // Only references while looking (narrow rows); whole records for the page shown.
  let page = await client.query<{ reference: string }>(
    `SELECT reference FROM (SELECT reference, search, created_at FROM shop_links ORDER BY created_at DESC LIMIT ${RECENT_WINDOW}) recent
      WHERE ${where} ORDER BY created_at DESC LIMIT $1`,
    params,
  );
  if (page.rows.length < limit) page = await client.query<{ reference: string }>(`SELECT reference FROM shop_links WHERE ${where} ORDER BY created_at DESC LIMIT $1`, params);
  if (page.rows.length === 0) return [];
  const found = await client.query<{ record: unknown }>('SELECT record FROM shop_links WHERE reference = ANY($1::text[]) ORDER BY created_at DESC', [
    page.rows.map((row) => row.reference),
  ]);
  return found.rows.flatMap((row) => {
    const parsed = linkRecordSchema.safeParse(row.record);
    if (!parsed.success) return [];
    const { timeline: _timeline, statusDetails: _details, ...summary } = parsed.data;
    return [summary];
  });
}
