import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { linkRecord } from '../../support/history-records';

let h: CoreHarness;
afterEach(() => h.dispose());

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
const seeded = [
  linkRecord(1, { createdAt: '2026-11-20T11:05:00.000Z', customer: { name: 'Şükrü Işık' }, amount: { minor: 125050, currency: 'TRY' }, status: 'paid' }),
  linkRecord(2, { createdAt: '2026-11-21T08:00:00.000Z', customer: { name: 'Gülşen Öztürk' }, provider: 'paynet', accountId: 'acc_paynetmerkez1', accountLabel: 'Paynet Merkez' }),
  linkRecord(3, { createdAt: '2026-11-22T07:00:00.000Z', customer: { name: 'İrem Çelik' }, description: 'Çiçek sepeti' }),
];

/** A core whose history already holds `seeded` (written while it is stopped, then reopened), saving files under `out/`. */
async function coreWithHistory(withSaveFile = true): Promise<{ out: string }> {
  const saved: { out: string } = { out: '' };
  const saveFile = async (name: string, content: string | Uint8Array) => {
    await mkdir(saved.out, { recursive: true });
    const path = join(saved.out, name);
    await writeFile(path, content);
    return { saved: true, fileName: path };
  };
  h = await startCoreHarness({ clock, ...(withSaveFile ? { saveFile } : {}) });
  saved.out = join(h.dataDir, 'exports');
  await h.core.stop();
  const store = await HistoryStore.open(h.dataDir, new NoticeBoard(), clock);
  for (const record of seeded) await store.append(record);
  await store.close();
  await h.restart();
  return saved;
}

const invoke = (channel: string, input?: unknown) => h.core.invoke(channel, input);

describe('history channels through createCore', () => {
  it('queries pages with totals, gets one link, and validates input', async () => {
    await coreWithHistory();
    const page = await invoke('history:query', { filter: { text: 'IŞIK' }, offset: 0, limit: 50 });
    expect(page).toMatchObject({ ok: true, value: { total: 1, rows: [{ reference: seeded[0]!.reference }] } });
    const all = await invoke('history:query', { filter: {}, offset: 0, limit: 2 });
    expect(all.ok && all.value).toMatchObject({
      total: 3,
      rows: [{ reference: seeded[2]!.reference }, { reference: seeded[1]!.reference }],
      totals: { count: 3, byCurrency: { TRY: { count: 3, sumMinor: 125050 + 10002 + 10003 } } },
    });
    expect(await invoke('history:get', { reference: seeded[1]!.reference })).toMatchObject({ ok: true, value: { timeline: [{ kind: 'created' }] } });
    expect(await invoke('history:get', { reference: 'PD999999999999' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke('history:query', { filter: {}, offset: -1, limit: 10 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke('history:query', { filter: { sort: 'x' }, offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('exports the filtered set as a Turkish Excel CSV through saveFile', async () => {
    const saved = await coreWithHistory();
    const result = await invoke('history:export', { filter: { from: '2026-11-21T00:00:00+03:00' } });
    expect(result).toMatchObject({ ok: true, value: { saved: true, rows: 2 } });
    const fileName = (result as { value: { fileName: string } }).value.fileName;
    expect(fileName).toBe(join(saved.out, 'paydesk-gecmis-2026-11-22.csv'));
    const bytes = await readFile(fileName);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 6)).toEqual(['Tarih', 'Referans', 'Hesap', 'Sağlayıcı', 'Durum', 'Tutar']);
    expect(rows.slice(1).map((r) => r[8])).toEqual(['İrem Çelik', 'Gülşen Öztürk']);
    expect(rows[1]?.[0]).toBe('22.11.2026 10:00');
    expect(rows[2]?.[3]).toBe('Paynet');
    expect(rows[1]?.[7]).toBe('Çiçek sepeti');
  });

  it('heads the CSV in English when the app is set to English', async () => {
    await coreWithHistory();
    await invoke('settings:update', { language: 'en' });
    const result = await invoke('history:export', { filter: { statuses: ['paid'] } });
    expect(result).toMatchObject({ ok: true, value: { saved: true, rows: 1 } });
    const text = await readFile((result as { value: { fileName: string } }).value.fileName, 'utf8');
    expect(text).toMatch(/^\uFEFFDate;Reference;Account;Provider;Status;Amount;/);
    expect(text).toContain(';Paid;1.250,50;TRY;');
    expect(text).toContain('Şükrü Işık');
  });

  it('answers unsupported when the app cannot save files', async () => {
    await coreWithHistory(false);
    expect(await invoke('history:export', { filter: {} })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
