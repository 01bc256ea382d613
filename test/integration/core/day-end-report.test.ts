import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/clock';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import type { DayEndReport } from '../../../src/shared/domain/day-end-report';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { linkRecord } from '../../support/history-records';

/** Links around the Istanbul midnight between 1 and 2 November 2026 (UTC+3: 21:00Z). */
const records: LinkRecord[] = [
  linkRecord(1, { createdAt: '2026-10-31T20:59:59.999Z', amount: { minor: 700, currency: 'TRY' } }),
  linkRecord(2, { createdAt: '2026-10-31T21:00:00.000Z', amount: { minor: 125_050, currency: 'TRY' }, status: 'paid', paidAmountMinor: 125_050 }),
  linkRecord(3, { createdAt: '2026-11-01T12:00:00.000Z', amount: { minor: 5_000, currency: 'EUR' } }),
  linkRecord(4, { createdAt: '2026-11-01T20:59:59.999Z', amount: { minor: 1_99, currency: 'TRY' }, status: 'expired' }),
  linkRecord(5, { createdAt: '2026-11-01T21:00:00.000Z', amount: { minor: 9_00, currency: 'TRY' } }),
];

let harness: CoreHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** A core whose history already holds `records` (written while it is stopped, then reopened). */
async function coreWithHistory(saved: Map<string, string | Uint8Array>): Promise<CoreHarness> {
  const started = await startCoreHarness({
    saveFile: async (name, content) => {
      saved.set(name, content);
      return { saved: true, fileName: name };
    },
  });
  await started.core.stop();
  const history = await HistoryStore.open(started.dataDir, new NoticeBoard(), systemClock);
  for (const record of records) await history.append(record);
  await history.close();
  await started.restart();
  return started;
}

describe('reports:day-end through the core', () => {
  it('covers exactly the Istanbul day, both midnights, with sums per currency', async () => {
    harness = await coreWithHistory(new Map());
    const result = await harness.core.invoke('reports:day-end', { fromDay: '2026-11-01', toDay: '2026-11-01' });
    expect(result.ok).toBe(true);
    const report = (result as { value: DayEndReport }).value;
    expect(report.made).toEqual({ count: 3, byCurrency: { TRY: { count: 2, sumMinor: 125_249 }, EUR: { count: 1, sumMinor: 5_000 } } });
    expect(report.groups.paid.byCurrency).toEqual({ TRY: { count: 1, sumMinor: 125_050 } });
    expect(report.groups.expired.count).toBe(1);
    expect(report.groups.open.byCurrency).toEqual({ EUR: { count: 1, sumMinor: 5_000 } });
  });

  it('refuses a range that ends before it starts, as invalid input', async () => {
    harness = await coreWithHistory(new Map());
    const result = await harness.core.invoke('reports:day-end', { fromDay: '2026-11-02', toDay: '2026-11-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('exports the report as a Turkish-Excel CSV: BOM, semicolons, 1.250,50, a row per section, line, status and currency', async () => {
    const saved = new Map<string, string | Uint8Array>();
    harness = await coreWithHistory(saved);
    const result = await harness.core.invoke('reports:day-end-export', { fromDay: '2026-11-01', toDay: '2026-11-01' });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    const csv = String(saved.get('paydesk-gun-sonu-2026-11-01.csv'));
    expect(csv.startsWith('\uFEFFBölüm;Satır;Durum;Adet;Tutar;Para birimi;Referans\r\n')).toBe(true);
    expect(csv).toContain('Toplam;01.11.2026;Oluşturulan;2;1.252,49;TRY;\r\n');
    expect(csv).toContain('Toplam;01.11.2026;Ödenen;1;1.250,50;TRY;\r\n');
    expect(csv).toContain('Sağlayıcıya göre;PayTR;Oluşturulan;1;50,00;EUR;\r\n');
  });
});
