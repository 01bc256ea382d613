import { describe, expect, it } from 'vitest';
import {
  expiryInstant,
  expiryPresetsFor,
  parseIstanbulLocal,
  toProviderExpiry,
} from '../../../../src/shared/domain/expiry';
import { validateIsbankLink } from '../../../../src/shared/rules/isbank-rules';
import { paynetRequest } from '../../providers/link-request-fixture';

// 22 Nov 2026 14:05:30 in Istanbul (UTC+3).
const now = new Date('2026-11-22T11:05:30.000Z');
const instant = (preset: Parameters<typeof expiryInstant>[0], form: Parameters<typeof expiryInstant>[1], custom?: string) => {
  const choice = expiryInstant(preset, form, now, custom);
  if (!choice.ok) throw new Error(choice.issue.message.en);
  return choice.expiresAt;
};

describe('expiry presets', () => {
  it('offer only what each provider can honour', () => {
    expect(expiryPresetsFor('datetime')).toEqual(['1h', 'today', '1d', '3d', '1w', 'custom', 'provider-default']);
    expect(expiryPresetsFor('hours')).toEqual(['1h', 'today', '1d', '3d', '1w', 'custom', 'provider-default']);
    expect(expiryPresetsFor('date')).not.toContain('1h');
    expect(expiryPresetsFor('one-day')).toEqual(['1h', 'today', '1d', 'custom', 'provider-default']);
  });

  it('turn durations into one instant from now', () => {
    expect(instant('1h', 'datetime')).toBe('2026-11-22T12:05:30.000Z');
    expect(instant('1d', 'hours')).toBe('2026-11-23T11:05:30.000Z');
    expect(instant('3d', 'datetime')).toBe('2026-11-25T11:05:30.000Z');
    expect(instant('1w', 'datetime')).toBe('2026-11-29T11:05:30.000Z');
    expect(instant('provider-default', 'datetime')).toBeUndefined();
  });

  it('end "today" at the last second of the Turkish day, whatever the machine time zone', () => {
    expect(instant('today', 'datetime')).toBe('2026-11-22T20:59:59.000Z');
    // 23:30 UTC is already the 23rd in Istanbul.
    const late = expiryInstant('today', 'hours', new Date('2026-11-22T23:30:00Z'));
    expect(late).toEqual({ ok: true, expiresAt: '2026-11-23T20:59:59.000Z' });
  });

  it('keep whole days for date-only providers', () => {
    expect(instant('1d', 'date')).toBe('2026-11-23T20:59:59.000Z');
    expect(instant('1w', 'date')).toBe('2026-11-29T20:59:59.000Z');
  });

  it('read a custom time as Turkish time, a custom date as its whole day', () => {
    expect(instant('custom', 'datetime', '2026-11-24T18:30')).toBe('2026-11-24T15:30:00.000Z');
    expect(instant('custom', 'date', '2026-11-24')).toBe('2026-11-24T20:59:59.000Z');
  });

  it('explain a missing or malformed custom time', () => {
    expect(expiryInstant('custom', 'datetime', now, '')).toMatchObject({ ok: false, issue: { field: 'expiresAt' } });
    for (const bad of ['2026-02-30T10:00', '2026-11-24T25:00', '24.11.2026', '2026-11-24']) {
      const choice = expiryInstant('custom', 'datetime', now, bad);
      expect(choice.ok, bad).toBe(false);
    }
    expect(parseIstanbulLocal('2026-02-29', 'date')).toBeNull();
    expect(parseIstanbulLocal('2028-02-29', 'date')).not.toBeNull();
    expect(parseIstanbulLocal('2026-11-24T10:00', 'date')).toBeNull();
  });
});

describe('provider expiry forms', () => {
  it('PayTR: a datetime in Istanbul time', () => {
    expect(toProviderExpiry('datetime', instant('today', 'datetime')!, now)).toEqual({ form: 'datetime', text: '2026-11-22 23:59:59' });
  });

  it('Paynet: whole hours, rounded up so the link never dies early', () => {
    expect(toProviderExpiry('hours', instant('1h', 'hours')!, now)).toEqual({ form: 'hours', hours: 1 });
    expect(toProviderExpiry('hours', instant('today', 'hours')!, now)).toEqual({ form: 'hours', hours: 10 });
    expect(toProviderExpiry('hours', instant('1w', 'hours')!, now)).toEqual({ form: 'hours', hours: 168 });
  });

  it('Ödüyo: the Turkish date', () => {
    expect(toProviderExpiry('date', instant('3d', 'date')!, now)).toEqual({ form: 'date', date: '2026-11-25' });
    expect(toProviderExpiry('date', '2026-11-22T22:30:00Z', now)).toEqual({ form: 'date', date: '2026-11-23' });
  });

  it('İşbank: within the one-day limit or not, as the shared rule decides', () => {
    for (const preset of expiryPresetsFor('one-day').filter((p) => p !== 'custom' && p !== 'provider-default')) {
      const expiresAt = instant(preset, 'one-day')!;
      expect(toProviderExpiry('one-day', expiresAt, now), preset).toEqual({ form: 'one-day', withinLimit: true });
      const req = { ...paynetRequest(), linkType: 'amount' as const, isbank: { merchantNo: '1', branchNo: 1, isDomestic: true }, expiresAt };
      expect(validateIsbankLink(req, now).map((i) => i.field), preset).toEqual([]);
    }
    const twoDays = instant('custom', 'one-day', '2026-11-24T14:05')!;
    expect(toProviderExpiry('one-day', twoDays, now)).toEqual({ form: 'one-day', withinLimit: false });
    expect(toProviderExpiry('one-day', 'garbage', now)).toBeNull();
  });
});
