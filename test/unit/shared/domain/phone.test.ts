import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone } from '../../../../src/shared/domain/phone';
import { toPaynetPhone, toPaytrCellPhone } from '../../../../src/shared/domain/phone-format';

describe('normalisePhone', () => {
  it.each([
    ['0555 123 45 67', '+905551234567'],
    ['05551234567', '+905551234567'],
    ['5551234567', '+905551234567'],
    ['555-123-45-67', '+905551234567'],
    ['(0532) 123 45 67', '+905321234567'],
    ['+90 555 123 4567', '+905551234567'],
    ['905551234567', '+905551234567'],
    ['0090 555 123 45 67', '+905551234567'],
    ['0212 555 12 12', '+902125551212'],
    ['+44 7911 123456', '+447911123456'],
    ['0044 7911 123456', '+447911123456'],
  ])('reads %s as %s (Turkey by default)', (typed, e164) => {
    expect(normalisePhone(typed)).toEqual({ ok: true, e164 });
  });

  it('takes another default region when asked', () => {
    expect(normalisePhone('07911 123456', 'GB')).toEqual({ ok: true, e164: '+447911123456' });
  });

  it.each(['123', '0555 123 45', '+90555123456', '0555abc1234567', 'tel:+905551234567', '0555 123 45 67 ext 5', '+0 555'])(
    'refuses %s',
    (typed) => {
      expect(normalisePhone(typed)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('tells an empty field apart from a wrong one', () => {
    expect(normalisePhone('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('gives E.164 that the provider formats accept', () => {
    const parsed = normalisePhone('0 (555) 123 45 67');
    expect(parsed.ok && toPaytrCellPhone(parsed.e164)).toBe('05551234567');
    expect(parsed.ok && toPaynetPhone(parsed.e164)).toBe('5551234567');
    const landline = normalisePhone('0212 555 12 12');
    expect(landline.ok && toPaytrCellPhone(landline.e164)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('shows Turkish numbers nationally and others internationally', () => {
    expect(formatPhone('+905551234567')).toBe('0555 123 45 67');
    expect(formatPhone('+447911123456')).toBe('+44 7911 123456');
    expect(formatPhone('not a phone')).toBe('not a phone');
  });
});
