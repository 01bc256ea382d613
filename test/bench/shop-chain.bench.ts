import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createCore } from '../../src/main/core';
import { shopSearchText } from '../../src/main/shop/shop-history-search';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { startShopDatabase } from '../integration/shop/shop-kit';
import { makeTempDir } from '../support/temp-dir';
import { memoryVault } from './bench-kit';
import { shopLink } from './shop-links';
import { fmt, summarize } from './stats';

const LINKS = Number(process.env.BENCH_CHAIN_LINKS ?? 1_000_000);
/** A chain's first million links over three years, evenly (so a counter keeps about a third). */
const YEARS = Number(process.env.BENCH_CHAIN_YEARS ?? 3);
const PASSWORD = 'bench-chain-password-0123456789';
const DAY = 24 * 3600_000;

/** Link i of LINKS, oldest first; the newest week still active, a few unknown, the rest paid or expired. */
function chainLink(i: number, now: number): LinkRecord {
  const created = now - (1 - i / LINKS) * YEARS * 365 * DAY;
  const ageDays = (now - created) / DAY;
  const status = ageDays < 7 ? 'active' : i % 997 === 0 ? 'unknown' : i % 3 === 0 ? 'expired' : 'paid';
  const record = shopLink(i, new Date(created).toISOString(), status, { accountId: 'acc_chain000001', accountLabel: 'Paynet Merkez' });
  return { ...record, counter: `Şube ${1 + (i % 3)}` };
}

/**
 * A chain of LINKS links (default 1,000,000) in the shop's database; a counter joins (copying
 * what it keeps), then opens again in its own process: time to its first History page, local
 * search, search here and on the server together, and its memory (goals: open ≤ 1 s, local
 * search p95 ≤ 50 ms, with the server p95 ≤ 300 ms, ≤ 500 MB).
 */
export async function benchShopChain(): Promise<void> {
  const shop = await startShopDatabase({ shop_chain: PASSWORD });
  const temp = await makeTempDir('paydesk-bench-chain-');
  const owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  try {
    const now = Date.now();
    let started = performance.now();
    await owner.query('DROP INDEX shop_links_search');
    const batch = 5_000;
    for (let from = 0; from < LINKS; from += batch) {
      const rows = Array.from({ length: Math.min(batch, LINKS - from) }, (_, k) => chainLink(from + k, now));
      const json = rows.map((r) => JSON.stringify(r));
      await owner.query(
        `INSERT INTO shop_links (shop, reference, created_at, search, record, status)
         SELECT 'shop_chain', r->>'reference', (r->>'createdAt')::timestamptz, s, r, r->>'status' FROM unnest($1::jsonb[], $2::text[]) AS t(r, s)`,
        [json, rows.map(shopSearchText)],
      );
      // Every link was pushed at least once: the change log is as long as the history.
      await owner.query(
        `INSERT INTO shop_changes (shop, kind, ref, body) SELECT 'shop_chain', 'link', r->>'reference', '{}'::jsonb FROM unnest($1::jsonb[]) AS t(r)`,
        [json],
      );
    }
    await owner.query('CREATE INDEX shop_links_search ON shop_links USING gin (search gin_trgm_ops)');
    await owner.query('ANALYZE shop_links; ANALYZE shop_changes');
    const kept = await owner.query<{ n: string }>(
      `SELECT count(*) AS n FROM shop_links WHERE created_at >= now() - interval '365 days' OR status IN ('active', 'unknown')`,
    );
    console.log(`shop chain: ${LINKS.toLocaleString('en')} links (and changes) loaded and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s; a counter keeps ${Number(kept.rows[0]?.n).toLocaleString('en')}`);

    // Joining: the counter copies what it keeps.
    const secrets = new Map<string, string>();
    const core = await createCore({ dataDir: temp.dir, vault: memoryVault(secrets), statusPolling: false, confirmShopServer: async () => true });
    started = performance.now();
    const joined = await core.invoke('shop:join', { url: shop.shopUrl('shop_chain'), counterName: 'Kasa 1' });
    if (!joined.ok) throw new Error(joined.error.message);
    let held = 0;
    for (let stable = 0; stable < 8; ) {
      await new Promise((r) => setTimeout(r, 250));
      const page = await core.invoke('history:query', { filter: {}, offset: 0, limit: 1 });
      const total = page.ok ? (page.value as { total: number }).total : 0;
      stable = total === held && total > 0 ? stable + 1 : 0;
      held = total;
    }
    const copied = performance.now() - started - 8 * 250;
    await core.stop();
    console.log(`shop chain: joining copies ${held.toLocaleString('en')} links in ${(copied / 1000).toFixed(1)} s (once per counter)`);

    const vaultFile = join(temp.dir, 'bench-vault.json');
    await writeFile(vaultFile, JSON.stringify(Object.fromEntries(secrets)));
    const runs: Array<{ open: number; size: number; local: ReturnType<typeof summarize>; both: ReturnType<typeof summarize>; rssMb: number; heapMb: number; slowest: Record<string, number> }> = [];
    for (let i = 0; i < 3; i++) {
      const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/bench/shop-chain-counter.ts', temp.dir, vaultFile], {
        maxBuffer: 1 << 20,
      });
      runs.push(JSON.parse(stdout.trim().split('\n').at(-1)!));
    }
    const last = runs.at(-1)!;
    const opens = summarize(runs.map((r) => r.open));
    console.log(`shop chain: counter opens (first History page) p50 ${fmt(opens.p50)} max ${fmt(opens.max)} with ${last.size.toLocaleString('en')} links here (n=${runs.length}, goal ≤ 1 s)`);
    console.log(`shop chain: local search, first page of 50  p50 ${fmt(last.local.p50)}  p95 ${fmt(last.local.p95)}  (n=${last.local.n}, goal p95 ≤ 50 ms)`);
    console.log(`shop chain: search here and on the server    p50 ${fmt(last.both.p50)}  p95 ${fmt(last.both.p95)}  (n=${last.both.n}, goal p95 ≤ 300 ms)`);
    const worst = Object.entries(last.slowest).sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(`shop chain: slowest searches here and on the server: ${worst.map(([text, ms]) => `“${text}” ${fmt(ms)}`).join(', ')}`);
    console.log(`shop chain: counter process memory after searching: RSS ${last.rssMb.toFixed(0)} MiB, heap ${last.heapMb.toFixed(0)} MiB (goal ≤ 500 MB)`);
  } finally {
    await owner.end().catch(() => undefined);
    await shop.stop();
    await temp.cleanup();
  }
}
