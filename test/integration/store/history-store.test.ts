import { copyFile, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { AppFailure } from '../../../src/shared/result';
import { linkRecord } from '../../support/history-records';
import { makeTempDir } from '../../support/temp-dir';

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
let dir: string;
let cleanup: () => Promise<void>;
let opened: HistoryStore[] = [];
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(async () => {
  // A store may still be writing sidecars in the background: let it finish before the folder goes.
  await Promise.all(opened.map((store) => store.close()));
  opened = [];
  await cleanup();
});

const historyDir = () => join(dir, 'history');
const open = async (notices = new NoticeBoard(), segmentSize = 10) => {
  const store = await HistoryStore.open(dir, notices, clock, { segmentSize });
  opened.push(store);
  return store;
};
const files = async () => (await readdir(historyDir())).sort();
const segmentPath = (n: number) => join(historyDir(), `segment-${n.toString().padStart(6, '0')}.json`);

async function fill(store: HistoryStore, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n++) await store.append(linkRecord(n));
}

/** Inode, size and time of every file: what changed on disk between two moments. */
async function fingerprints(): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const name of await files()) {
    const info = await stat(join(historyDir(), name));
    result.set(name, `${info.ino}:${info.size}:${info.mtimeMs}`);
  }
  return result;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name)).sort();
}

describe('HistoryStore on real files', () => {
  it('keeps every record, update and order across a restart, in bounded segments', async () => {
    const store = await open();
    await fill(store, 1, 35);
    await store.update(linkRecord(3).reference, (r) => ({ ...r, status: 'paid', paidAmountMinor: r.amount.minor }));
    await store.close();
    expect(await files()).toEqual([
      'journal.jsonl',
      'segment-000001.index.json',
      'segment-000001.json',
      'segment-000002.index.json',
      'segment-000002.json',
      'segment-000003.index.json',
      'segment-000003.json',
      'segment-000004.json',
    ]);
    // Close folded the journal into the segments: it is empty, every segment parses.
    expect(await readFile(join(historyDir(), 'journal.jsonl'), 'utf8')).toBe('');
    for (const name of (await files()).filter((n) => n.startsWith('segment-'))) JSON.parse(await readFile(join(historyDir(), name), 'utf8'));

    const reopened = await open();
    expect(reopened.size).toBe(35);
    expect(reopened.get(linkRecord(3).reference)).toMatchObject({ status: 'paid', paidAmountMinor: 10_003, updatedAt: clock.now().toISOString() });
    expect(reopened.get(linkRecord(20).reference)).toEqual(linkRecord(20));
    const page = reopened.query({}, 0, 5);
    expect(page.total).toBe(35);
    expect(page.rows.map((r) => r.reference)).toEqual([35, 34, 33, 32, 31].map((n) => linkRecord(n).reference));
    expect(page.rows[0]).not.toHaveProperty('timeline');
    // A page deep in older (lazily read) segments.
    expect(reopened.query({}, 30, 10).rows.map((r) => r.reference)).toEqual([5, 4, 3, 2, 1].map((n) => linkRecord(n).reference));
    await reopened.close();
  });

  it('an append or an update writes one journal line; folding rewrites only the segments they touched', async () => {
    const store = await open();
    await fill(store, 1, 25);
    await store.close();
    const reopened = await open();
    const before = await fingerprints();
    await reopened.append(linkRecord(26));
    expect(changedFiles(before, await fingerprints())).toEqual(['journal.jsonl']);

    expect(reopened.get(linkRecord(12).reference)?.description).toBe('Ürün 12'); // read (and kept) from its sealed segment
    await reopened.update(linkRecord(12).reference, (r) => ({ ...r, description: 'Düzeltildi' }));
    expect(reopened.get(linkRecord(12).reference)?.description).toBe('Düzeltildi');
    expect(changedFiles(before, await fingerprints())).toEqual(['journal.jsonl']);
    await reopened.close();
    // Folded at close: the two segments (and the sealed one's index sidecar, rebuilt); segment 1 untouched.
    expect(changedFiles(before, await fingerprints())).toEqual(['journal.jsonl', 'segment-000002.index.json', 'segment-000002.json', 'segment-000003.json']);
    expect((await open()).get(linkRecord(12).reference)?.description).toBe('Düzeltildi');
  });

  it('rejects a duplicate reference with conflict and an unknown one with not-found', async () => {
    const store = await open();
    await store.append(linkRecord(1));
    await expect(store.append(linkRecord(1, { description: 'again' }))).rejects.toMatchObject({ error: { code: 'conflict' } });
    await expect(store.update(linkRecord(2).reference, (r) => r)).rejects.toMatchObject({ error: { code: 'not-found' } });
    await expect(store.update(linkRecord(1).reference, (r) => ({ ...r, reference: linkRecord(9).reference }))).rejects.toBeInstanceOf(AppFailure);
    await expect(store.append({ ...linkRecord(3), amount: { minor: -5, currency: 'TRY' } })).rejects.toMatchObject({ error: { code: 'invalid-input' } });
    expect(store.size).toBe(1);
    expect(store.get(linkRecord(1).reference)?.description).toBe('Ürün 1');
  });

  it('hands out copies: changing a returned record changes nothing stored', async () => {
    const store = await open();
    await store.append(linkRecord(1));
    store.get(linkRecord(1).reference)!.customer.name = 'Başkası';
    store.query({}, 0, 1).rows[0]!.amount.minor = 1;
    await store.update(linkRecord(1).reference, (r) => {
      r.description = 'changed inside the callback';
      return { ...r, status: 'cancelled' };
    });
    expect(store.get(linkRecord(1).reference)).toMatchObject({ customer: { name: 'Mehmet Demir' }, amount: { minor: 10_001 }, status: 'cancelled' });
  });

  it('serialises concurrent writes and tells listeners which references changed', async () => {
    const store = await open();
    const seen: string[][] = [];
    store.onChange((refs) => seen.push(refs));
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => store.append(linkRecord(n))));
    await Promise.all([1, 2, 3].map((n) => store.update(linkRecord(n).reference, (r) => ({ ...r, status: 'paid' }))));
    expect(seen).toHaveLength(15);
    expect(seen[12]).toEqual([linkRecord(1).reference]);
    const pending = store.append(linkRecord(13));
    await store.close();
    await expect(pending).resolves.toBeUndefined();
    await expect(store.append(linkRecord(14))).rejects.toBeInstanceOf(AppFailure);
    expect((await open()).size).toBe(13);
  });

  it('close waits for the sidecar a full segment gets after the append that starts the next one', async () => {
    const store = await open();
    await fill(store, 1, 10);
    const pending = store.append(linkRecord(11));
    await store.close();
    await pending;
    expect(await files()).toEqual(['journal.jsonl', 'segment-000001.index.json', 'segment-000001.json', 'segment-000002.json']);
  });

  it('finds summaries by predicate, optionally narrowed by the index', async () => {
    const store = await open();
    await fill(store, 1, 12);
    await store.update(linkRecord(4).reference, (r) => ({ ...r, status: 'paid' }));
    const active = store.find((r) => r.status === 'active', { statuses: ['active'] });
    expect(active).toHaveLength(11);
    expect(active[0]?.reference).toBe(linkRecord(12).reference);
    expect(store.find((r) => r.status === 'paid').map((r) => r.reference)).toEqual([linkRecord(4).reference]);
  });
});

describe('HistoryStore: many at once, and letting go of old links', () => {
  it('appendMany writes a batch with one journal line per record and one write, skips what is there, and survives a crash before folding', async () => {
    const store = await open();
    await fill(store, 1, 3);
    const seen: string[][] = [];
    store.onChange((references) => seen.push(references));
    const added = await store.appendMany([linkRecord(2), ...Array.from({ length: 25 }, (_, i) => linkRecord(10 + i)), linkRecord(10)]);
    expect(added).toBe(25);
    expect(store.size).toBe(28);
    expect(seen.flat()).toHaveLength(25);
    // Not folded yet (no close): the journal alone brings them back, in their segments of 10.
    const journal = await readFile(join(historyDir(), 'journal.jsonl'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(28);
    const copy = await makeTempDir();
    try {
      await mkdir(join(copy.dir, 'history'));
      for (const name of await files()) await copyFile(join(historyDir(), name), join(copy.dir, 'history', name));
      const crashed = await HistoryStore.open(copy.dir, new NoticeBoard(), clock, { segmentSize: 10 });
      expect(crashed.size).toBe(28);
      expect(crashed.get(linkRecord(34).reference)?.description).toBe('Ürün 34');
      expect(crashed.query({}, 0, 3).rows.map((r) => r.reference)).toEqual([34, 33, 32].map((n) => linkRecord(n).reference));
      await crashed.close();
    } finally {
      await copy.cleanup();
    }
    await expect(store.appendMany([{ ...linkRecord(99), amount: { minor: -1, currency: 'TRY' } }])).rejects.toThrow(/Not a valid history record/);
    expect(store.size).toBe(28);
  });

  it('remove drops the records picked from sealed segments (rewritten, or deleted when empty), never from the one taking appends, and a restart agrees', async () => {
    const store = await open();
    await fill(store, 1, 35); // segments 1–3 sealed (10 each), 4 active (5)
    await store.update(linkRecord(14).reference, (r) => ({ ...r, status: 'paid' }));
    const seen: string[] = [];
    store.onChange((references) => seen.push(...references));
    // Everything in segment 1, 3 of segment 2 (not the paid one), and segment 4's records (active: left alone).
    const picked = new Set([...Array.from({ length: 10 }, (_, i) => i + 1), 11, 12, 13, 31, 32].map((n) => linkRecord(n).reference));
    const dropped = await store.remove((entry) => picked.has(entry.reference));
    expect(dropped.sort()).toEqual([...picked].filter((r) => r < linkRecord(31).reference).sort());
    expect(seen.sort()).toEqual(dropped.sort());
    expect(store.size).toBe(35 - 13);
    expect(store.get(linkRecord(5).reference)).toBeUndefined();
    expect(store.get(linkRecord(14).reference)?.status).toBe('paid');
    expect(store.get(linkRecord(20).reference)?.description).toBe('Ürün 20');
    expect(store.query({}, 0, 100).rows.map((r) => r.reference)).toEqual(
      [...Array.from({ length: 35 }, (_, i) => 35 - i)].filter((n) => n > 13).map((n) => linkRecord(n).reference),
    );
    // Later writes land where they should: an update of a moved record, a new link.
    await store.update(linkRecord(15).reference, (r) => ({ ...r, description: 'Taşındı' }));
    await store.append(linkRecord(36));
    await store.close();
    expect(await files()).not.toContain('segment-000001.json');
    expect(await files()).not.toContain('segment-000001.index.json');
    const reopened = await open();
    expect(reopened.size).toBe(35 - 13 + 1);
    expect(reopened.get(linkRecord(15).reference)?.description).toBe('Taşındı');
    expect(reopened.get(linkRecord(14).reference)?.status).toBe('paid');
    expect(reopened.get(linkRecord(36).reference)).toBeDefined();
    expect(reopened.get(linkRecord(12).reference)).toBeUndefined();
  });
});

describe('HistoryStore migrations and damaged files', () => {
  it('migrates a version 1 segment (flat amount and customer) and rewrites it as version 2', async () => {
    const notices = new NoticeBoard();
    await open(notices).then((s) => s.close()); // creates the folder
    await copyFile(join(__dirname, '../../fixtures/stores/history-segment-000001.v1.json'), segmentPath(1));
    const store = await open(notices);
    expect(notices.list()).toEqual([]);
    expect(store.size).toBe(3);
    expect(store.get('PD000000000001')).toMatchObject({
      kind: 'link',
      amount: { minor: 125050, currency: 'TRY' },
      customer: { name: 'Ayşe Yılmaz', phone: '+905551234567' },
    });
    expect(store.get('PD000000000002')?.customer).toEqual({ email: 'irem.ince@example.com.tr' });
    expect(store.get('PD000000000003')?.timeline[0]?.error?.code).toBe('ambiguous');
    const onDisk = JSON.parse(await readFile(segmentPath(1), 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.data.records[0]).not.toHaveProperty('amountMinor');
    await store.append(linkRecord(100));
    expect((await open(notices)).query({ text: 'AYŞE' }, 0, 10).rows.map((r) => r.reference)).toEqual(['PD000000000001']);
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
    ['not an envelope', () => '[1,2,3]'],
    ['a record of the wrong shape', (text: string) => text.replace('"currency":"TRY"', '"currency":"XXX"')],
  ])('sets a damaged middle segment (%s) aside with a notice; the rest stays readable', async (_label, damage) => {
    const store = await open();
    await fill(store, 1, 30);
    await store.close();
    const original = await readFile(segmentPath(2), 'utf8');
    await writeFile(segmentPath(2), damage(original));
    // The sidecar is current for the old file; size and time now differ, so the file itself is read.
    const notices = new NoticeBoard();
    const reopened = await open(notices);
    expect(reopened.size).toBe(20);
    expect(notices.list()).toEqual([expect.objectContaining({ kind: 'store-part-recovered', store: 'history' })]);
    expect(await readFile(notices.list()[0]!.backupPath, 'utf8')).toBe(damage(original));
    expect(reopened.get(linkRecord(15).reference)).toBeUndefined();
    expect(reopened.get(linkRecord(5).reference)).toEqual(linkRecord(5));
    expect(reopened.query({}, 0, 100).rows).toHaveLength(20);
    await reopened.append(linkRecord(31));
    expect((await open()).size).toBe(21);
  });

  it('sets aside a damaged newest segment and appends to a fresh one', async () => {
    const store = await open();
    await fill(store, 1, 15);
    await store.close();
    await writeFile(segmentPath(2), '{"schemaVersion":2,"data":{"rec');
    const notices = new NoticeBoard();
    const reopened = await open(notices);
    expect(reopened.size).toBe(10);
    await reopened.append(linkRecord(16));
    await reopened.close();
    expect(await files()).toContain('segment-000003.json');
    expect(notices.list()[0]?.kind).toBe('store-part-recovered');
  });

  it('never overwrites a segment from a newer app version', async () => {
    const store = await open();
    await fill(store, 1, 5);
    await store.close();
    const newer = '{"schemaVersion":9,"data":{"future":true}}';
    await writeFile(segmentPath(1), newer);
    const notices = new NoticeBoard();
    const reopened = await open(notices);
    expect(reopened.size).toBe(0);
    expect(notices.list()[0]).toMatchObject({ kind: 'store-newer-version', store: 'history' });
    expect(await readFile(notices.list()[0]!.backupPath, 'utf8')).toBe(newer);
  });

  it('rebuilds a missing or garbled index sidecar silently from its segment', async () => {
    const store = await open();
    await fill(store, 1, 25);
    await store.close();
    await writeFile(join(historyDir(), 'segment-000001.index.json'), '{"sidecarVersion":1,"ro');
    await writeFile(join(historyDir(), 'segment-000002.index.json'), '');
    const notices = new NoticeBoard();
    const reopened = await open(notices);
    expect(reopened.size).toBe(25);
    expect(reopened.query({ text: 'pd000000000007' }, 0, 10).rows.map((r) => r.reference)).toEqual([linkRecord(7).reference]);
    await reopened.close();
    expect(notices.list()).toEqual([]);
    const sidecar = JSON.parse(await readFile(join(historyDir(), 'segment-000001.index.json'), 'utf8'));
    expect(sidecar.columns.reference).toHaveLength(10);
  });

  it('reads a whole sealed segment when a record\'s byte range does not hold it', async () => {
    const store = await open();
    await fill(store, 1, 25);
    await store.close();
    // Ranges shifted by one record, the sidecar otherwise valid for its segment.
    const sidecarPath = join(historyDir(), 'segment-000001.index.json');
    const sidecar = JSON.parse(await readFile(sidecarPath, 'utf8'));
    sidecar.offsets = [...sidecar.offsets.slice(2), ...sidecar.offsets.slice(0, 2)];
    await writeFile(sidecarPath, JSON.stringify(sidecar));
    const notices = new NoticeBoard();
    const reopened = await open(notices);
    expect(reopened.get(linkRecord(4).reference)).toEqual(linkRecord(4));
    expect(reopened.query({}, 15, 10).rows.map((r) => r.reference)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => linkRecord(n).reference));
    expect(notices.list()).toEqual([]);
  });

  it('starts a new segment rather than reopen a sealed one that ended up newest', async () => {
    const store = await open();
    await fill(store, 1, 15);
    await store.close();
    await unlink(segmentPath(2));
    const reopened = await open();
    const before = await fingerprints();
    await reopened.append(linkRecord(16));
    await reopened.close();
    expect(changedFiles(before, await fingerprints())).toEqual(['journal.jsonl', 'segment-000002.json']);
    expect((await open()).query({}, 0, 20).total).toBe(11);
  });

  it('removes temp files a crash left behind', async () => {
    const store = await open();
    await fill(store, 1, 3);
    await store.close();
    await writeFile(join(historyDir(), '.segment-000001.json.4242.tmp'), '{"half');
    await open();
    expect(await files()).toEqual(['journal.jsonl', 'segment-000001.json']);
  });
});
