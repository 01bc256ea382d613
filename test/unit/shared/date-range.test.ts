import { afterEach, describe, expect, it } from 'vitest';
import { dateRangeBounds, type DateRangeChoice } from '../../../src/shared/domain/date-range';
import {
  formatIstanbulDate,
  formatIstanbulDateTime,
  formatIstanbulTime,
  istanbulOffsetMinutes,
  istanbulStartOfDay,
  parseCalendarDate,
  sameIstanbulDay,
} from '../../../src/shared/domain/istanbul-time';
import { historyFilterSchema } from '../../../src/shared/domain/link-record';

const bounds = (choice: DateRangeChoice, now: string) => {
  const result = dateRangeBounds(choice, new Date(now));
  if (!result.ok) throw new Error(result.problem);
  return result.bounds;
};

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('Istanbul time', () => {
  it('formats instants as 22.11.2026 14:05 in Turkish time', () => {
    expect(formatIstanbulDateTime('2026-11-22T11:05:59Z')).toBe('22.11.2026 14:05');
    expect(formatIstanbulDateTime('2026-11-22T14:05:00+03:00')).toBe('22.11.2026 14:05');
    // 22:30 UTC is already the next day in Istanbul.
    expect(formatIstanbulDateTime('2026-12-31T22:30:00Z')).toBe('01.01.2027 01:30');
    expect(formatIstanbulDate('2026-12-31T22:30:00Z')).toBe('01.01.2027');
    expect(formatIstanbulDateTime('not a date')).toBe('');
  });

  it('reads the clock alone as 14:05 and tells whether two instants share a Turkish day', () => {
    expect(formatIstanbulTime('2026-11-22T11:05:59Z')).toBe('14:05');
    expect(formatIstanbulTime('2026-12-31T22:30:00Z')).toBe('01:30');
    expect(formatIstanbulTime('not a date')).toBe('');
    expect(sameIstanbulDay('2026-11-22T21:00:00Z', '2026-11-22T20:59:00Z')).toBe(false); // midnight in Istanbul
    expect(sameIstanbulDay('2026-11-22T20:59:00Z', '2026-11-21T21:00:00Z')).toBe(true);
    expect(sameIstanbulDay('not a date', 'not a date')).toBe(false);
  });

  it('computes the offset instead of assuming it (Turkey had summer time until 2016)', () => {
    expect(istanbulOffsetMinutes(new Date('2026-06-01T00:00:00Z'))).toBe(180);
    expect(istanbulOffsetMinutes(new Date('2015-01-10T12:00:00Z'))).toBe(120);
    expect(istanbulOffsetMinutes(new Date('2015-07-10T12:00:00Z'))).toBe(180);
    expect(istanbulStartOfDay({ year: 2015, month: 1, day: 10 }).toISOString()).toBe('2015-01-09T22:00:00.000Z');
    expect(istanbulStartOfDay({ year: 2015, month: 7, day: 10 }).toISOString()).toBe('2015-07-09T21:00:00.000Z');
  });

  it('reads only real calendar dates', () => {
    expect(parseCalendarDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseCalendarDate('2026-02-29')).toBeNull();
    expect(parseCalendarDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseCalendarDate('22.11.2026')).toBeNull();
  });
});

describe('dateRangeBounds', () => {
  it('today runs from Istanbul midnight to the last millisecond of the day', () => {
    expect(bounds({ kind: 'today' }, '2026-11-22T11:05:00Z')).toEqual({
      from: '2026-11-21T21:00:00.000Z',
      to: '2026-11-22T20:59:59.999Z',
    });
  });

  it('uses the Turkish day, not the UTC day, around midnight', () => {
    // 23:30 UTC on the 21st is 02:30 on the 22nd in Istanbul.
    expect(bounds({ kind: 'today' }, '2026-11-21T23:30:00Z').from).toBe('2026-11-21T21:00:00.000Z');
    // 20:59 UTC is still 23:59 the same day in Istanbul.
    expect(bounds({ kind: 'today' }, '2026-11-22T20:59:00Z').from).toBe('2026-11-21T21:00:00.000Z');
  });

  it('gives the same answer whatever the computer time zone is', () => {
    const choices: DateRangeChoice[] = [{ kind: 'today' }, { kind: 'week' }, { kind: 'month' }];
    const reference = choices.map((c) => bounds(c, '2026-11-22T11:05:00Z'));
    for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      process.env.TZ = tz;
      expect(choices.map((c) => bounds(c, '2026-11-22T11:05:00Z')), tz).toEqual(reference);
    }
  });

  it('this week starts on Monday and ends on Sunday', () => {
    // 22 November 2026 is a Sunday: the week began on Monday the 16th.
    expect(bounds({ kind: 'week' }, '2026-11-22T11:05:00Z')).toEqual({
      from: '2026-11-15T21:00:00.000Z',
      to: '2026-11-22T20:59:59.999Z',
    });
    // Monday the 23rd starts a new week, across the month end the week ends on Sunday 29th.
    expect(bounds({ kind: 'week' }, '2026-11-23T06:00:00Z')).toEqual({
      from: '2026-11-22T21:00:00.000Z',
      to: '2026-11-29T20:59:59.999Z',
    });
    // A week crossing the new year.
    expect(bounds({ kind: 'week' }, '2026-12-31T12:00:00Z')).toEqual({
      from: '2026-12-27T21:00:00.000Z',
      to: '2027-01-03T20:59:59.999Z',
    });
  });

  it('this month runs from the 1st to the last day (February, December)', () => {
    expect(bounds({ kind: 'month' }, '2026-11-22T11:05:00Z')).toEqual({
      from: '2026-10-31T21:00:00.000Z',
      to: '2026-11-30T20:59:59.999Z',
    });
    expect(bounds({ kind: 'month' }, '2028-02-10T11:05:00Z').to).toBe('2028-02-29T20:59:59.999Z');
    expect(bounds({ kind: 'month' }, '2026-12-10T11:05:00Z')).toEqual({
      from: '2026-11-30T21:00:00.000Z',
      to: '2026-12-31T20:59:59.999Z',
    });
    // 31 October 22:00 UTC is already November in Istanbul.
    expect(bounds({ kind: 'month' }, '2026-10-31T22:00:00Z').from).toBe('2026-10-31T21:00:00.000Z');
  });

  it('custom dates are whole Istanbul days, either side may be open', () => {
    const now = '2026-11-22T11:05:00Z';
    expect(bounds({ kind: 'custom', fromDate: '2026-11-01', toDate: '2026-11-05' }, now)).toEqual({
      from: '2026-10-31T21:00:00.000Z',
      to: '2026-11-05T20:59:59.999Z',
    });
    expect(bounds({ kind: 'custom', fromDate: '2026-11-01' }, now)).toEqual({ from: '2026-10-31T21:00:00.000Z' });
    expect(bounds({ kind: 'custom', toDate: '2026-11-05' }, now)).toEqual({ to: '2026-11-05T20:59:59.999Z' });
    expect(bounds({ kind: 'custom' }, now)).toEqual({});
    expect(bounds({ kind: 'custom', fromDate: '2026-11-05', toDate: '2026-11-05' }, now)).toEqual({
      from: '2026-11-04T21:00:00.000Z',
      to: '2026-11-05T20:59:59.999Z',
    });
  });

  it('refuses reversed or impossible custom dates', () => {
    const now = new Date('2026-11-22T11:05:00Z');
    expect(dateRangeBounds({ kind: 'custom', fromDate: '2026-11-06', toDate: '2026-11-05' }, now)).toEqual({
      ok: false,
      problem: 'from-after-to',
    });
    expect(dateRangeBounds({ kind: 'custom', fromDate: '2026-13-01' }, now)).toEqual({ ok: false, problem: 'bad-date' });
  });

  it('all is open-ended, and every bound is accepted by the history filter schema', () => {
    expect(bounds({ kind: 'all' }, '2026-11-22T11:05:00Z')).toEqual({});
    for (const kind of ['today', 'week', 'month'] as const) {
      expect(historyFilterSchema.safeParse(bounds({ kind }, '2026-11-22T11:05:00Z')).success).toBe(true);
    }
  });
});
