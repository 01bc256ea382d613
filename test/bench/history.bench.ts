import { join } from 'node:path';
import { Low } from 'lowdb';
import { AtomicJsonFile } from '../../src/main/store/atomic-json-file';
import { HistoryStore } from '../../src/main/store/history/history-store';
import { NoticeBoard } from '../../src/main/store/notice-board';
import type { HistoryFilter, LinkRecord } from '../../src/shared/domain/link-record';
import { generateRecords, writeGeneratedHistory } from '../support/history-generator';
import { makeTempDir } from '../support/temp-dir';
import { fmt, summarize, time } from './stats';

const LINKS = 100_000;
const APPENDS = 300;
const BASELINE_APPENDS = 12;
const now = new Date();
const clock = { now: () => now };
const days = (n: number) => new Date(now.getTime() - n * 24 * 3600_000).toISOString();

/** What people type in the search box: names (any case), phones, amounts, references, URLs. */
const searches = ['ayşe', 'YILMAZ', 'çiçek sepeti', 'şahin', '0555', '1.250,50', '250', 'pd00', 'paytr.com/link/a', 'İNCE',
  'ışıklı', 'özlem kaya', '+90532', '99,90', 'kapora', 'example.com.tr', 'ilgin', 'Ö', 'deri ceket', '12'];
const filters: HistoryFilter[] = [
  { providers: ['paytr'], statuses: ['paid'], from: days(30) },
  { statuses: ['active'] },
  { accountIds: ['acc_paynetmerkez1'] },
  { from: days(1) },
  { providers: ['oduyo', 'isbank'], from: days(7) },
  { statuses: ['expired', 'cancelled'], from: days(90) },
  {},
];

/**
 * The history store at 100,000 generated links: opening, search, a filtered first page and
 * appends, next to the same appends on one lowdb file holding everything (rewritten per append).
 */
export async function benchHistory(): Promise<void> {
  const temp = await makeTempDir('paydesk-bench-store-');
  try {
    let started = performance.now();
    await writeGeneratedHistory(temp.dir, LINKS, { now });
    console.log(`history: generated ${LINKS.toLocaleString('en')} links in ${fmt(performance.now() - started)}`);

    const loads: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      started = performance.now();
      const cpuBefore = process.cpuUsage();
      const opened = await HistoryStore.open(temp.dir, new NoticeBoard(), clock);
      loads.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      await opened.close();
    }
    const store = await HistoryStore.open(temp.dir, new NoticeBoard(), clock);
    const load = summarize(loads);
    console.log(
      `history load (open ${store.size.toLocaleString('en')} links)  first ${fmt(loads[0]!)}  p50 ${fmt(load.p50)}  max ${fmt(load.max)}  ` +
        `(CPU p50 ${fmt(summarize(cpu).p50)}; target ≤ 500 ms)`,
    );

    const search = await sample(200, (i) => store.query({ text: searches[i % searches.length] }, 0, 50));
    console.log(`history search, first page of 50   p50 ${fmt(search.p50)}  p95 ${fmt(search.p95)}  (n=${search.n}, target p95 ≤ 50 ms)`);
    const filtered = await sample(200, (i) => store.query(filters[i % filters.length]!, 0, 50));
    console.log(`history filtered first page        p50 ${fmt(filtered.p50)}  p95 ${fmt(filtered.p95)}  (n=${filtered.n}, target ≤ 20 ms)`);
    const paging = await sample(200, (i) => store.query({ statuses: ['paid'] }, (i * 50) % 40_000, 50));
    console.log(`history next pages, same filter    p50 ${fmt(paging.p50)}  p95 ${fmt(paging.p95)}  (rows of older segments read on demand)`);

    const live = (r: { kind: string; status: string }) => r.kind === 'link' && r.status === 'active';
    const sweeps = await sample(20, () => store.find(live, { statuses: ['active'] }));
    const liveCount = store.find(live, { statuses: ['active'] }).length;
    console.log(`history find live links (poller)   p50 ${fmt(sweeps.p50)}  p95 ${fmt(sweeps.p95)}  (${liveCount} active, narrowed by status)`);

    const fresh = generateRecords(APPENDS, { now, seed: 7 }).map((r, i) => renamed(r, `PDBENCH${i.toString().padStart(6, '0')}`));
    const appends = await sample(APPENDS, (i) => store.append(fresh[i]!));
    console.log(`history append (durable)           p50 ${fmt(appends.p50)}  p95 ${fmt(appends.p95)}  max ${fmt(appends.max)}  (n=${appends.n}, target p95 ≤ 10 ms)`);
    const old = store.query({ to: days(365) }, 0, 100).rows.map((r) => r.reference);
    const updates = await sample(100, (i) => store.update(old[i]!, (r) => ({ ...r, status: 'expired' })));
    console.log(`history update of a year-old link  p50 ${fmt(updates.p50)}  p95 ${fmt(updates.p95)}  (n=${updates.n})`);
    await store.close();

    const baseline = await singleFileBaseline(temp.dir, fresh.slice(0, BASELINE_APPENDS));
    console.log(`single-file lowdb baseline: load ${fmt(baseline.load)}; append p50 ${fmt(baseline.appends.p50)}  p95 ${fmt(baseline.appends.p95)}  (n=${baseline.appends.n})`);
    console.log(
      `append speed-up, segments vs one file: p50 ${(baseline.appends.p50 / appends.p50).toFixed(0)}×  ` +
        `p95 ${(baseline.appends.p95 / appends.p95).toFixed(0)}×  (target ≥ 10×)`,
    );
  } finally {
    await temp.cleanup();
  }
}

/** The same links in one lowdb document (same durable adapter), rewritten whole on every append. */
async function singleFileBaseline(dir: string, appends: LinkRecord[]) {
  const path = join(dir, 'history-single-file.json');
  const writer = new Low(new AtomicJsonFile<{ records: LinkRecord[] }>(path), { records: [] });
  writer.data = { records: generateRecords(LINKS, { now }) };
  await writer.write();
  const db = new Low(new AtomicJsonFile<{ records: LinkRecord[] }>(path), { records: [] });
  const started = performance.now();
  await db.read();
  const load = performance.now() - started;
  const samples: number[] = [];
  for (const record of appends) {
    await time(samples, async () => {
      db.data.records.push(record);
      await db.write();
    });
  }
  return { load, appends: summarize(samples) };
}

async function sample(count: number, run: (i: number) => unknown): Promise<ReturnType<typeof summarize>> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) await time(samples, async () => run(i));
  return summarize(samples);
}

function renamed(record: LinkRecord, reference: string): LinkRecord {
  const at = new Date().toISOString();
  return { ...record, reference, createdAt: at, updatedAt: at };
}
