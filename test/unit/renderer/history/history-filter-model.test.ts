import { describe, expect, it } from 'vitest';
import { historyFilterSchema } from '../../../../src/shared/domain/link-record';
import {
  emptyFilterState,
  isFiltered,
  todayFilterState,
  toHistoryFilter,
} from '../../../../src/renderer/src/features/history/history-filter-model';

const now = new Date('2026-11-22T11:05:00Z');

describe('history filter model', () => {
  it('sends nothing for an empty filter', () => {
    expect(toHistoryFilter(emptyFilterState, now)).toEqual({ ok: true, filter: {} });
    expect(isFiltered(emptyFilterState)).toBe(false);
  });

  it('turns every control into the query filter, trimming the text', () => {
    const result = toHistoryFilter(
      { text: '  İSTANBUL ', accountId: 'acc_paytrmagaza01', provider: 'paytr', status: 'paid', range: 'today', fromDate: '', toDate: '' },
      now,
    );
    expect(result).toEqual({
      ok: true,
      filter: {
        text: 'İSTANBUL',
        accountIds: ['acc_paytrmagaza01'],
        providers: ['paytr'],
        statuses: ['paid'],
        from: '2026-11-21T21:00:00.000Z',
        to: '2026-11-22T20:59:59.999Z',
      },
    });
    if (result.ok) expect(historyFilterSchema.parse(result.filter)).toEqual(result.filter);
  });

  it('keeps custom dates only when the range is custom, and reports reversed dates', () => {
    const dates = { fromDate: '2026-11-01', toDate: '2026-11-05' };
    expect(toHistoryFilter({ ...emptyFilterState, ...dates }, now)).toEqual({ ok: true, filter: {} });
    expect(toHistoryFilter({ ...emptyFilterState, range: 'custom', ...dates }, now)).toEqual({
      ok: true,
      filter: { from: '2026-10-31T21:00:00.000Z', to: '2026-11-05T20:59:59.999Z' },
    });
    expect(toHistoryFilter({ ...emptyFilterState, range: 'custom', fromDate: '2026-11-06', toDate: '2026-11-05' }, now)).toEqual({
      ok: false,
      problem: 'from-after-to',
    });
  });

  it('knows when the list is narrowed (whitespace alone is not a search)', () => {
    expect(isFiltered({ ...emptyFilterState, text: '   ' })).toBe(false);
    expect(isFiltered({ ...emptyFilterState, text: 'ayşe' })).toBe(true);
    expect(isFiltered(todayFilterState)).toBe(true);
    expect(isFiltered({ ...emptyFilterState, status: 'active' })).toBe(true);
  });
});
