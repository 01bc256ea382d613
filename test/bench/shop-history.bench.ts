import pg from 'pg';
import { searchShopHistory, shopSearchText } from '../../src/main/shop/shop-history-search';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { startShopDatabase } from '../integration/shop/shop-kit';
import { shopLink } from './shop-links';
import { fmt, summarize, time } from './stats';

const LINKS = Number(process.env.BENCH_SHOP_LINKS ?? 1_000_000);
const RUNS = 30;
const PASSWORD = 'bench-history-password-0123456789';

/** One shared link as a counter pushes it (the search text computed the way the app does). */
function sampleRecord(i: number): LinkRecord {
  const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  return shopLink(i, at, i % 3 === 0 ? 'paid' : 'expired', { accountId: 'acc_bench00001', accountLabel: 'Paynet' });
}

/**
 * A chain's shared history in PostgreSQL: LINKS links (default 1,000,000, ~3 years of a few
 * branches), searched the way the History screen searches older links (goal p95 ≤ 300 ms).
 */
export async function benchShopHistorySearch(): Promise<void> {
  const shop = await startShopDatabase({ shop_bench: PASSWORD });
  const owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  const client = new pg.Client({ connectionString: shop.shopUrl('shop_bench') });
  try {
    const started = performance.now();
    // Loaded in batches as counters would have pushed them, then indexed once (as a restore would).
    await owner.query('DROP INDEX shop_links_search');
    const batch = 5_000;
    for (let from = 0; from < LINKS; from += batch) {
      const rows = Array.from({ length: Math.min(batch, LINKS - from) }, (_, k) => sampleRecord(from + k));
      await owner.query(
        `INSERT INTO shop_links (shop, reference, created_at, search, record)
         SELECT 'shop_bench', r->>'reference', (r->>'createdAt')::timestamptz, s, r
           FROM unnest($1::jsonb[], $2::text[]) AS t(r, s)`,
        [rows.map((r) => JSON.stringify(r)), rows.map(shopSearchText)],
      );
    }
    await owner.query('CREATE INDEX shop_links_search ON shop_links USING gin (search gin_trgm_ops)');
    await owner.query('ANALYZE shop_links');
    console.log(`shop history: ${LINKS.toLocaleString('en')} links loaded and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    await client.connect();
    const queries: Array<[string, string]> = [
      ['one customer, typed without Turkish letters', 'cagri ozturk 42'],
      ['a common word (every 7th link)', 'kirasi'],
      ['two words', 'sule perde'],
      ['a reference', 'PD0000000000777777'],
      ['nothing matches', 'zzqx'],
    ];
    for (const [what, text] of queries) {
      const samples: number[] = [];
      let found = 0;
      for (let i = 0; i < RUNS; i++) await time(samples, async () => (found = (await searchShopHistory(client, text, 50)).length));
      const s = summarize(samples);
      console.log(`shop history: search “${text}” (${what}), first page of 50, ${found} shown: p50 ${fmt(s.p50)} p95 ${fmt(s.p95)} (goal p95 ≤ 300 ms)`);
    }
  } finally {
    await client.end().catch(() => undefined);
    await owner.end();
    await shop.stop();
  }
}
