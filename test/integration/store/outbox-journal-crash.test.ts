import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/clock';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { OUTBOX_JOURNAL_FILE, OutboxStore } from '../../../src/main/outbox/outbox-store';
import { makeTempDir } from '../../support/temp-dir';
import { outboxItemFor } from './outbox-item-fixture';
import { makeFolderReadOnly } from '../../support/read-only-folder';
import { bundleChildScript } from '../../support/child-script';

/**
 * The outbox journal under SIGKILL: a child changes items as fast as it can with a snapshot every
 * second journal line, so a kill often lands while the snapshot is written or before the journal
 * is emptied. After every kill the next start must hold every acknowledged change, each at most
 * one unacknowledged step ahead, and find nothing damaged.
 */
const KILLS = 30;

let temp: { dir: string; cleanup: () => Promise<void> };
let childScript: string;
beforeAll(async () => {
  temp = await makeTempDir('paydesk-journal-');
  childScript = join(temp.dir, 'journal-child.mjs');
  await bundleChildScript(join(__dirname, 'journal-crash-child.ts'), childScript);
}, 60_000);
afterAll(() => temp.cleanup());

/** Runs one child until it has acknowledged a few changes, kills it at a random moment, returns its acks. */
async function runAndKill(dataDir: string, round: number): Promise<Map<string, number>> {
  const child = spawn(process.execPath, [childScript, dataDir, '2', String(round)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acked = new Map<string, number>();
  let out = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const lines = out.split('\n');
    out = lines.pop() ?? '';
    for (const line of lines) {
      const [word, id, attempts] = line.split(' ');
      if (word === 'ack' && id) acked.set(id, Math.max(acked.get(id) ?? 0, Number(attempts)));
    }
  });
  const startedAt = Date.now();
  while (acked.size < 4 && Date.now() - startedAt < 20_000) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 5 + Math.floor(Math.random() * 60)));
  child.kill('SIGKILL');
  await exited;
  return acked;
}

describe('the outbox journal, killed at random moments', () => {
  it(`keeps every acknowledged change over ${KILLS} kills, and never applies one twice`, async () => {
    const dataDir = join(temp.dir, 'data');
    const acked = new Map<string, number>();
    for (let round = 0; round < KILLS; round++) {
      for (const [id, attempts] of await runAndKill(dataDir, round)) acked.set(id, Math.max(acked.get(id) ?? 0, attempts));
      const notices = new NoticeBoard();
      const store = await OutboxStore.open(dataDir, notices, systemClock);
      expect(notices.list()).toEqual([]);
      for (const [id, attempts] of acked) {
        const item = store.get(id);
        expect(item, `${id} after round ${round}`).toBeDefined();
        expect(item!.attempts).toBeGreaterThanOrEqual(attempts);
        expect(item!.attempts).toBeLessThanOrEqual(attempts + 1);
        acked.set(id, item!.attempts);
      }
      await store.close();
    }
    expect(acked.size).toBe(KILLS * 4);
  }, 180_000);
});

describe('what a crash can leave behind', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function storeWith(changes: number) {
    const { dir, cleanup } = await makeTempDir('paydesk-journal-');
    cleanups.push(cleanup);
    const store = await OutboxStore.open(dir, new NoticeBoard(), systemClock, { compactAtLines: 1000 });
    await store.insert(outboxItemFor(1));
    for (let i = 0; i < changes; i++) await store.update(outboxItemFor(1).id, (item) => ({ ...item, attempts: item.attempts + 1 }));
    return { dir, store };
  }

  it('a journal line cut short by the crash was never acknowledged: it is ignored without a notice', async () => {
    const { dir } = await storeWith(3);
    const path = join(dir, OUTBOX_JOURNAL_FILE);
    await writeFile(path, `${await readFile(path, 'utf8')}{"epoch":"x","put":[{"id":"PD0000`);
    const notices = new NoticeBoard();
    const again = await OutboxStore.open(dir, notices, systemClock);
    expect(again.get(outboxItemFor(1).id)?.attempts).toBe(3);
    expect(notices.list()).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(''); // folded into the snapshot at start
  });

  it('lines already folded into a newer snapshot (killed before the journal was emptied) are not applied again', async () => {
    const { dir, store } = await storeWith(2);
    const path = join(dir, OUTBOX_JOURNAL_FILE);
    const oldLines = await readFile(path, 'utf8');
    await store.update(outboxItemFor(1).id, (item) => ({ ...item, attempts: 10 }));
    await store.snapshot(); // snapshot with attempts 10, journal emptied
    await writeFile(path, oldLines); // as if the crash came between the snapshot and emptying the journal
    const again = await OutboxStore.open(dir, new NoticeBoard(), systemClock);
    expect(again.get(outboxItemFor(1).id)?.attempts).toBe(10);
  });

  it('a damaged line in the middle is kept in a copy and named in a notice; the lines after it still apply', async () => {
    const { dir } = await storeWith(1);
    const path = join(dir, OUTBOX_JOURNAL_FILE);
    const lines = (await readFile(path, 'utf8')).split('\n');
    const last = JSON.parse(lines[1]!) as { epoch: string; put: Array<{ attempts: number }> };
    last.put[0]!.attempts = 7;
    await writeFile(path, `${lines[0]}\n#damaged#\n${JSON.stringify(last)}\n`);
    const notices = new NoticeBoard();
    const again = await OutboxStore.open(dir, notices, systemClock);
    expect(again.get(outboxItemFor(1).id)?.attempts).toBe(7);
    expect(notices.list()).toMatchObject([{ kind: 'store-part-recovered', store: 'outbox' }]);
    expect((await readdir(dir)).some((name) => name.startsWith(`${OUTBOX_JOURNAL_FILE}.`) && name.endsWith('.bak'))).toBe(true);
  });

  it('a folder that takes no writes after the crash still opens with every acknowledged change; a new change is refused in plain words', async (context) => {
    const { dir } = await storeWith(2); // not closed: as a crash leaves it, the changes only in the journal
    const undo = await makeFolderReadOnly(dir);
    if (!undo) return context.skip('no way to make a folder read-only here (needs chattr as root, or a non-root user)');
    try {
      const again = await OutboxStore.open(dir, new NoticeBoard(), systemClock);
      expect(again.get(outboxItemFor(1).id)?.attempts).toBe(2);
      const refused = await again.update(outboxItemFor(1).id, (item) => ({ ...item, attempts: 9 })).catch((error: unknown) => error);
      expect(refused).toMatchObject({ error: { code: 'storage-write-failed' } });
      expect(again.get(outboxItemFor(1).id)?.attempts).toBe(2);
    } finally {
      await undo();
    }
  });
});
