import { describe, expect, it } from 'vitest';
import { isTurkishMobileE164, toPaynetPhone, toPaytrCellPhone } from '../../../src/shared/domain/phone-format';

describe('provider phone formats from E.164', () => {
  it('formats Turkish mobiles for PayTR (05XXXXXXXXX) and Paynet (10 digits)', () => {
    expect(toPaytrCellPhone('+905551234567')).toBe('05551234567');
    expect(toPaynetPhone('+905551234567')).toBe('5551234567');
    expect(isTurkishMobileE164('+905321112233')).toBe(true);
  });

  it.each(['+902121234567', '+4915112345678', '+90555123456', '+9055512345678', '05551234567', ''])(
    'refuses %s (not a Turkish mobile in E.164)',
    (phone) => {
      expect(toPaytrCellPhone(phone)).toBeNull();
      expect(toPaynetPhone(phone)).toBeNull();
    },
  );
});
