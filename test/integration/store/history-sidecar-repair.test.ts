import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { linkRecord } from '../../support/history-records';
import { makeTempDir } from '../../support/temp-dir';

/** A sidecar (index file) that disagrees with its segment is rebuilt from the segment; the segment stays. */
const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
let dir: string;
let cleanup: () => Promise<void>;
let opened: HistoryStore[] = [];
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(async () => {
  await Promise.all(opened.map((store) => store.close()));
  opened = [];
  await cleanup();
});

const historyDir = () => join(dir, 'history');
const firstSidecar = () => join(historyDir(), 'segment-000001.index.json');
const open = async (notices = new NoticeBoard()) => {
  const store = await HistoryStore.open(dir, notices, clock, { segmentSize: 10 });
  opened.push(store);
  return store;
};
const references = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => linkRecord(to - i).reference);

interface SidecarFile {
  /** One array per field (reference, createdMs, …), one place per record. */
  columns: Record<string, unknown[]> & { values: unknown };
  offsets: number[];
}

/** Every column of the sidecar, to change a row the way the index reads it. */
const columnsOf = (sidecar: SidecarFile) => Object.entries(sidecar.columns).filter(([name]) => name !== 'values').map(([, column]) => column as unknown[]);

/** Changes the first segment's sidecar in place; the segment file is untouched (same size and time). */
async function damageSidecar(change: (sidecar: SidecarFile) => void): Promise<void> {
  const sidecar = JSON.parse(await readFile(firstSidecar(), 'utf8')) as SidecarFile;
  change(sidecar);
  await writeFile(firstSidecar(), JSON.stringify(sidecar));
}

async function twentyFiveLinks(): Promise<string> {
  const store = await open();
  for (let n = 1; n <= 25; n++) await store.append(linkRecord(n));
  await store.close();
  return readFile(join(historyDir(), 'segment-000001.json'), 'utf8');
}

describe('a history sidecar that disagrees with its segment', () => {
  it('lost a row (its rows and ranges agree with each other, not with the file): every record is listed and can be changed', async () => {
    const segmentBefore = await twentyFiveLinks();
    await damageSidecar((sidecar) => {
      for (const column of columnsOf(sidecar)) column.splice(9, 1);
      sidecar.offsets.splice(18, 2);
    });
    const notices = new NoticeBoard();
    const store = await open(notices);
    expect(store.size).toBe(25);
    expect(store.query({}, 0, 30).rows.map((r) => r.reference)).toEqual(references(1, 25));
    const changed = await store.update(linkRecord(10).reference, (r) => ({ ...r, status: 'paid', paidAmountMinor: r.amount.minor }));
    expect(changed.status).toBe('paid');
    await store.close();
    expect(notices.list()).toEqual([]);
    expect((await readdir(historyDir())).filter((n) => n.includes('.bak.'))).toEqual([]);
    // Rebuilt: the sidecar describes all ten records of the (rewritten) segment again.
    expect((JSON.parse(await readFile(firstSidecar(), 'utf8')) as SidecarFile).columns.reference).toHaveLength(10);
    expect(await readFile(join(historyDir(), 'segment-000001.json'), 'utf8')).not.toBe(segmentBefore);
  });

  it('names the wrong records in its rows: the segment is re-indexed from its own records, not set aside', async () => {
    const segmentBefore = await twentyFiveLinks();
    await damageSidecar((sidecar) => {
      // Two rows swapped: the ranges still tile the file, but each row names the other record.
      for (const column of columnsOf(sidecar)) [column[2], column[6]] = [column[6], column[2]];
    });
    const notices = new NoticeBoard();
    const store = await open(notices);
    expect(store.query({}, 0, 30).rows.map((r) => r.reference)).toEqual(references(1, 25));
    expect(store.get(linkRecord(3).reference)).toEqual(linkRecord(3));
    expect(store.get(linkRecord(7).reference)).toEqual(linkRecord(7));
    await store.close();
    expect(notices.list()).toEqual([]);
    expect(await readFile(join(historyDir(), 'segment-000001.json'), 'utf8')).toBe(segmentBefore);

    const reopened = await open();
    expect(reopened.query({}, 0, 30).rows.map((r) => r.reference)).toEqual(references(1, 25));
  });

  it('a status code that names no status, or columns of different lengths: the sidecar is not used, the segment is read', async () => {
    await twentyFiveLinks();
    await damageSidecar((sidecar) => {
      (sidecar.columns.status as number[])[4] = 99;
    });
    const store = await open();
    expect(store.get(linkRecord(5).reference)?.status).toBe('active');
    expect(store.query({ statuses: ['active'] }, 0, 30).total).toBe(25);
    await store.close();
    await damageSidecar((sidecar) => {
      sidecar.columns.searchText!.pop();
    });
    expect((await open()).query({ text: 'Ürün 7' }, 0, 30).rows.map((r) => r.reference)).toContain(linkRecord(7).reference);
  });

  it('still sets a segment aside when the segment itself cannot be decoded', async () => {
    await twentyFiveLinks();
    const segment = join(historyDir(), 'segment-000001.json');
    const text = await readFile(segment, 'utf8');
    await writeFile(segment, text.slice(0, text.length / 2));
    const notices = new NoticeBoard();
    const store = await open(notices);
    expect(store.size).toBe(15);
    expect(notices.list()).toMatchObject([{ kind: 'store-part-recovered', store: 'history' }]);
  });
});
