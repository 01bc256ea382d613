import { describe, expect, it } from 'vitest';
import {
  endOfIstanbulDay,
  instantOfIstanbulWallTime,
  istanbulDate,
  istanbulDateTimeText,
} from '../../../../src/shared/domain/istanbul-time';

/** The one Istanbul-time module: whatever this computer's zone is, days and times are Turkish. */
describe('Istanbul time', () => {
  it('names the Turkish date of an instant, also across UTC midnight', () => {
    expect(istanbulDate(new Date('2026-11-30T20:59:59Z'))).toBe('2026-11-30');
    expect(istanbulDate(new Date('2026-11-30T21:00:00Z'))).toBe('2026-12-01');
  });

  it('writes date and time as PayTR and the expiry input read them', () => {
    expect(istanbulDateTimeText(new Date('2026-12-31T21:30:05Z'))).toBe('2027-01-01 00:30:05');
    expect(istanbulDateTimeText(new Date('not a date'))).toBeNull();
    expect(istanbulDateTimeText(new Date(Date.UTC(10_000, 0, 2)))).toBeNull();
  });

  it('finds the instant of a Turkish wall time and refuses impossible ones', () => {
    expect(instantOfIstanbulWallTime({ year: 2026, month: 3, day: 1, hour: 0, minute: 0, second: 0 })?.toISOString()).toBe('2026-02-28T21:00:00.000Z');
    expect(instantOfIstanbulWallTime({ year: 2026, month: 2, day: 29, hour: 10, minute: 0, second: 0 })).toBeNull();
    expect(instantOfIstanbulWallTime({ year: 2026, month: 2, day: 28, hour: 24, minute: 0, second: 0 })).toBeNull();
  });

  it('ends a Turkish day at 23:59:59 Istanbul time', () => {
    expect(endOfIstanbulDay(new Date('2026-11-30T21:00:00Z')).toISOString()).toBe('2026-12-01T20:59:59.000Z');
    expect(endOfIstanbulDay(new Date('2026-11-30T20:59:59Z')).toISOString()).toBe('2026-11-30T20:59:59.000Z');
  });
});
