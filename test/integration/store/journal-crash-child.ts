/**
 * The process the outbox journal crash test kills: opens the outbox on <dataDir> with a journal
 * that is folded into a new snapshot every <compactAt> lines, then changes items as fast as it can
 * (one insert, then attempts + 1 over and over on a few items) and prints `ack <id> <attempts>`
 * after each change is acknowledged. Bundled by the test (esbuild).
 */
import { systemClock } from '../../../src/main/clock';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { OutboxStore } from '../../../src/main/outbox/outbox-store';
import { outboxItemFor } from './outbox-item-fixture';

const [dataDir, compactAt, round] = process.argv.slice(2) as [string, string, string];
const store = await OutboxStore.open(dataDir, new NoticeBoard(), systemClock, { compactAtLines: Number(compactAt) });
process.stdout.write('ready\n');
const ids = [0, 1, 2, 3].map((n) => outboxItemFor(Number(round) * 10 + n).id);
for (const [n, id] of ids.entries()) {
  if (!store.get(id)) await store.insert(outboxItemFor(Number(round) * 10 + n));
  process.stdout.write(`ack ${id} ${store.get(id)!.attempts}\n`);
}
for (let i = 0; ; i++) {
  const id = ids[i % ids.length]!;
  // Two changes at once: they share one journal line (group commit).
  const [changed] = await Promise.all([
    store.update(id, (item) => ({ ...item, attempts: item.attempts + 1 })),
    store.update(ids[(i + 1) % ids.length]!, (item) => ({ ...item, updatedAt: new Date().toISOString() })),
  ]);
  process.stdout.write(`ack ${id} ${changed.attempts}\n`);
}
