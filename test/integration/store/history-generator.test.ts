import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { linkRecordSchema } from '../../../src/shared/domain/link-record';
import { generateRecords, writeGeneratedHistory } from '../../support/history-generator';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const now = new Date('2026-11-22T10:00:00Z');

describe('generated history (seed for benchmarks and the history e2e)', () => {
  it('writes valid, realistic records in the store\'s own files, sealed like the app leaves them', async () => {
    await writeGeneratedHistory(dir, 1_200, { now });
    expect((await readdir(join(dir, 'history'))).sort()).toEqual([
      'segment-000001.index.json',
      'segment-000001.json',
      'segment-000002.index.json',
      'segment-000002.json',
      'segment-000003.json',
    ]);
    const notices = new NoticeBoard();
    const store = await HistoryStore.open(dir, notices, { now: () => now });
    expect(store.size).toBe(1_200);
    const all = store.matching({});
    expect(notices.list()).toEqual([]);
    for (const record of all) expect(linkRecordSchema.safeParse(record).success).toBe(true);
    expect(new Set(all.map((r) => r.provider))).toEqual(new Set(['paytr', 'paynet', 'oduyo', 'isbank']));
    expect(new Set(all.map((r) => r.status)).size).toBe(6);
    expect(all.some((r) => /[şğıİçöü]/i.test(r.customer.name ?? ''))).toBe(true);
    const newest = Date.parse(all[0]!.createdAt);
    const oldest = Date.parse(all[all.length - 1]!.createdAt);
    expect(newest).toBeLessThanOrEqual(now.getTime());
    expect((newest - oldest) / (24 * 3600_000)).toBeGreaterThan(700);
    expect(store.query({ text: all[7]!.reference }, 0, 5).rows.map((r) => r.reference)).toEqual([all[7]!.reference]);
  });

  it('is deterministic for a seed', () => {
    expect(generateRecords(50, { now, seed: 3 })).toEqual(generateRecords(50, { now, seed: 3 }));
    expect(generateRecords(50, { now, seed: 3 })).not.toEqual(generateRecords(50, { now, seed: 4 }));
  });
});
