// Child process of history-crash.test.ts: appends (and now and then updates) links on a history
// folder as fast as it can, printing each one only after the store acknowledged it.
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { linkRecord } from '../../support/history-records';

const [dataDir, runText, segmentSizeText] = process.argv.slice(2);
const run = Number(runText);
const store = await HistoryStore.open(dataDir!, new NoticeBoard(), { now: () => new Date() }, { segmentSize: Number(segmentSizeText) });
process.stdout.write(`OPEN ${store.size}\n`);
const mine: string[] = [];
for (let i = 0; ; i++) {
  // Unique across runs: run number and counter make the reference (and the creation order).
  const record = linkRecord(run * 100_000 + i);
  await store.append(record);
  mine.push(record.reference);
  process.stdout.write(`A ${record.reference}\n`);
  if (i % 3 === 2) {
    const target = mine[Math.floor(Math.random() * mine.length)]!;
    const marker = `u${run}-${i}`;
    await store.update(target, (r) => ({ ...r, timeline: [...r.timeline, { at: r.createdAt, kind: 'sent', outcome: 'ok', detail: marker }] }));
    process.stdout.write(`U ${target} ${marker}\n`);
  }
}
