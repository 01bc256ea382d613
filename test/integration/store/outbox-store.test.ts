import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { systemClock } from '../../../src/main/clock';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { replayOutboxJournal } from '../../../src/main/outbox/outbox-journal';
import { OUTBOX_JOURNAL_FILE, OutboxStore } from '../../../src/main/outbox/outbox-store';
import { SETTLED_KEEP_COUNT, SETTLED_KEEP_MS } from '../../../src/main/outbox/outbox-transitions';
import { makeTempDir } from '../../support/temp-dir';
import { outboxItemFor } from './outbox-item-fixture';

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (temp = await makeTempDir()));
afterEach(async () => temp.cleanup());

const item = outboxItemFor;
const at = '2025-07-01T10:00:00.000Z'; // the fixture's createdAt / updatedAt

const open = () => OutboxStore.open(temp.dir, new NoticeBoard(), systemClock);
/** What is on disk, read as the next start reads it: the outbox.json snapshot and the journal lines after it. */
async function fileItems(): Promise<{ schemaVersion: number; data: { items: OutboxItem[] } }> {
  const file = JSON.parse(await readFile(join(temp.dir, 'outbox.json'), 'utf8')) as { schemaVersion: number; data: { items: OutboxItem[]; journal?: { epoch: string } } };
  const { items } = await replayOutboxJournal(join(temp.dir, OUTBOX_JOURNAL_FILE), file.data, new NoticeBoard(), systemClock);
  return { schemaVersion: file.schemaVersion, data: { items } };
}

describe('OutboxStore', () => {
  it('is on disk (versioned) when insert resolves, and survives a reopen', async () => {
    const store = await open();
    await store.insert(item(1));
    const file = await fileItems();
    expect(file.schemaVersion).toBe(1);
    expect(file.data.items.map((i) => i.id)).toEqual([item(1).id]);
    await store.close();
    const again = await open();
    expect(again.get(item(1).id)).toEqual(item(1));
  });

  it('refuses a second item with the same id (conflict) and writes nothing for it', async () => {
    const store = await open();
    await store.insert(item(1));
    await expect(store.insert(item(1, { attempts: 5 }))).rejects.toMatchObject({ error: { code: 'conflict' } });
    expect(store.get(item(1).id)?.attempts).toBe(0);
  });

  it('group-commits concurrent changes: every caller sees its change on disk, in order', async () => {
    const store = await open();
    const results = await Promise.all(Array.from({ length: 100 }, (_, n) => store.insert(item(n))));
    expect(results).toHaveLength(100);
    expect((await fileItems()).data.items).toHaveLength(100);
    // Read-modify-write of one item from many callers at once loses nothing.
    await Promise.all(Array.from({ length: 50 }, () => store.update(item(7).id, (i) => ({ ...i, attempts: i.attempts + 1 }))));
    expect(store.get(item(7).id)?.attempts).toBe(50);
    expect((await fileItems()).data.items.find((i) => i.id === item(7).id)?.attempts).toBe(50);
  });

  it('a change that throws is refused alone; the others in the same write land', async () => {
    const store = await open();
    await store.insert(item(1));
    const [bad, good] = await Promise.allSettled([
      store.update(item(1).id, () => {
        throw new Error('no');
      }),
      store.update(item(1).id, (i) => ({ ...i, state: 'cancelled' })),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
    expect(store.get(item(1).id)?.state).toBe('cancelled');
  });

  it('validates each change against the schema (nothing invalid reaches the file)', async () => {
    const store = await open();
    await store.insert(item(1));
    await expect(store.update(item(1).id, (i) => ({ ...i, attempts: -1 }))).rejects.toThrow();
    await expect(store.update('PD000000000404', (i) => i)).rejects.toMatchObject({ error: { code: 'not-found' } });
    expect((await fileItems()).data.items[0]?.attempts).toBe(0);
  });

  it('tells listeners which ids changed, once per write', async () => {
    const store = await open();
    const seen: string[][] = [];
    store.onChange((ids) => seen.push(ids));
    await store.insert(item(1));
    await store.removeWhere(() => true);
    expect(seen).toEqual([[item(1).id], [item(1).id]]);
    expect(store.size).toBe(0);
  });

  it('summarises counts and pending items', async () => {
    const store = await open();
    await store.insert(item(1));
    await store.insert(item(2, { state: 'unknown' }));
    await store.insert(item(3, { state: 'created' }));
    expect(store.summary(true)).toEqual({ counts: { queued: 1, unknown: 1, created: 1 }, pending: 2, draining: true });
  });

  it('drops settled items older than the keep period when it opens', async () => {
    const old = new Date(Date.now() - SETTLED_KEEP_MS - 60_000).toISOString();
    const store = await open();
    await store.insert(item(1, { state: 'created', updatedAt: old }));
    await store.insert(item(2, { state: 'unknown', updatedAt: old }));
    await store.insert(item(3, { state: 'created' , updatedAt: new Date().toISOString() }));
    await store.close();
    const again = await open();
    expect(again.list().map((i) => i.id)).toEqual([item(2).id, item(3).id]);
  });

  it('a damaged file is set aside with a notice, and the outbox starts empty', async () => {
    await writeFile(join(temp.dir, 'outbox.json'), '{"schemaVersion":1,"data":{"items":[{"id":"x"');
    const notices = new NoticeBoard();
    const store = await OutboxStore.open(temp.dir, notices, systemClock);
    expect(store.size).toBe(0);
    expect(notices.list()).toMatchObject([{ kind: 'store-recovered', store: 'outbox' }]);
  });

  it('close waits for writes under way and refuses later changes', async () => {
    const store = await open();
    const pending = Promise.all(Array.from({ length: 20 }, (_, n) => store.insert(item(n))));
    await store.close();
    expect((await fileItems()).data.items).toHaveLength(20);
    await pending;
    await expect(store.insert(item(99))).rejects.toMatchObject({ error: { code: 'internal' } });
  });
});

describe('OutboxStore size', () => {
  it('keeps only the newest settled items once there are many (history has the rest); unsettled ones all stay', async () => {
    const store = await open();
    const minute = (n: number) => new Date(Date.parse(at) + n * 60_000).toISOString();
    await Promise.all(Array.from({ length: 260 }, (_, n) => store.insert(item(n, { state: 'created', updatedAt: minute(n) }))));
    await Promise.all(Array.from({ length: 30 }, (_, n) => store.insert(item(1000 + n, { state: 'queued', updatedAt: minute(-n) }))));
    const settled = store.list().filter((i) => i.state === 'created');
    expect(settled.length).toBeLessThanOrEqual(SETTLED_KEEP_COUNT + 50);
    expect(settled.length).toBeGreaterThanOrEqual(SETTLED_KEEP_COUNT);
    expect(store.get(item(259).id)).toBeDefined();
    expect(store.get(item(0).id)).toBeUndefined();
    expect(store.list().filter((i) => i.state === 'queued')).toHaveLength(30);
  });
});
