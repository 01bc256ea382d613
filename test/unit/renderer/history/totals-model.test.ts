import { describe, expect, it } from 'vitest';
import { historyTotalsSchema, type HistoryTotals } from '../../../../src/shared/domain/link-record';
import { currencySums, formatCount, totalsView } from '../../../../src/renderer/src/features/history/totals-model';

describe('totals', () => {
  it('formats counts the reader way', () => {
    expect(formatCount(100_000, 'tr')).toBe('100.000');
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatCount(7, 'tr')).toBe('7');
  });

  it('formats sums per currency as 1.250,50 ₺, in a fixed order, skipping empty currencies', () => {
    expect(
      currencySums({
        USD: { count: 1, sumMinor: 1000 },
        TRY: { count: 3, sumMinor: 125_050 },
        EUR: { count: 0, sumMinor: 0 },
      }),
    ).toEqual(['1.250,50 ₺', '10,00 $']);
    expect(currencySums({ TRY: { count: 2, sumMinor: 1_234_567_801 } })).toEqual(['12.345.678,01 ₺']);
    expect(currencySums({})).toEqual([]);
  });

  it('shows money per outcome (per currency) and a count per provider that has links, in provider order', () => {
    const totals: HistoryTotals = historyTotalsSchema.parse({
      count: 4,
      byCurrency: { TRY: { count: 3, sumMinor: 300_000 }, EUR: { count: 1, sumMinor: 5_000 } },
      byOutcome: {
        collected: { TRY: { count: 2, sumMinor: 200_000 }, EUR: { count: 1, sumMinor: 5_000 } },
        closed: { TRY: { count: 1, sumMinor: 100_000 } },
      },
      byProvider: {
        oduyo: { TRY: { count: 1, sumMinor: 100_000 } },
        paytr: { TRY: { count: 2, sumMinor: 200_000 }, EUR: { count: 1, sumMinor: 5_000 } },
        isbank: { TRY: { count: 0, sumMinor: 0 } },
      },
    });
    expect(totalsView(totals, 'tr')).toEqual({
      count: 4,
      countText: '4',
      outcomes: [
        { outcome: 'collected', count: 3, sums: ['2.000,00 ₺', '50,00 €'] },
        { outcome: 'awaiting', count: 0, sums: [] },
        { outcome: 'closed', count: 1, sums: ['1.000,00 ₺'] },
      ],
      providers: [
        { provider: 'paytr', name: 'PayTR', count: 3 },
        { provider: 'oduyo', name: 'Ödüyo', count: 1 },
      ],
    });
  });

  it('shows nothing but the zero count for an empty set', () => {
    expect(totalsView({ count: 0, byCurrency: {}, byOutcome: {}, byProvider: {} }, 'en')).toEqual({
      count: 0,
      countText: '0',
      outcomes: [
        { outcome: 'collected', count: 0, sums: [] },
        { outcome: 'awaiting', count: 0, sums: [] },
        { outcome: 'closed', count: 0, sums: [] },
      ],
      providers: [],
    });
  });
});
