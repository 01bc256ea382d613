import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src/shared/domain/validation';
import { toPaynetExpireHours, validatePaynetLink } from '../../../../src/shared/rules/paynet-rules';
import { paynetRequest } from '../link-request-fixture';

const now = new Date('2025-03-10T09:00:00Z');
const fields = (issues: ValidationIssue[]) => issues.map((i) => i.field);

describe('validatePaynetLink', () => {
  it('accepts a plain link, with SMS and e-mail when the contacts are there', () => {
    expect(validatePaynetLink(paynetRequest(), now)).toEqual([]);
    const sent = paynetRequest({
      notifyBySms: true,
      notifyByEmail: true,
      customer: { name: 'Ayşe Yılmaz', phone: '+905551234567', email: 'ayse@example.com' },
      expiresAt: '2025-03-10T09:00:01Z',
    });
    expect(validatePaynetLink(sent, now)).toEqual([]);
  });

  it('needs the payer’s full name', () => {
    const issues = validatePaynetLink(paynetRequest({ customer: {} }), now);
    expect(fields(issues)).toEqual(['customer.name']);
    expect(issues[0]?.message).toEqual({
      tr: 'Paynet için müşterinin adı soyadı gerekli.',
      en: 'Paynet needs the customer’s full name.',
    });
    expect(fields(validatePaynetLink(paynetRequest({ customer: { name: '   ' } }), now))).toEqual(['customer.name']);
  });

  it('amount above zero, Turkish lira only, fixed-amount links only', () => {
    expect(fields(validatePaynetLink(paynetRequest({ amount: { minor: 0, currency: 'TRY' } }), now))).toEqual(['amount.minor']);
    expect(fields(validatePaynetLink(paynetRequest({ amount: { minor: 100, currency: 'EUR' } }), now))).toEqual([
      'amount.currency',
    ]);
    expect(fields(validatePaynetLink(paynetRequest({ linkType: 'product' }), now))).toEqual(['linkType']);
  });

  it('phone is required (a Turkish mobile) when sending by SMS, e-mail when sending by e-mail', () => {
    const sms = validatePaynetLink(paynetRequest({ notifyBySms: true }), now);
    expect(fields(sms)).toEqual(['customer.phone']);
    expect(sms[0]?.message.tr).toBe('SMS ile göndermek için müşterinin cep telefonu gerekli.');
    const landline = paynetRequest({ notifyBySms: true, customer: { name: 'Ali Veli', phone: '+902121234567' } });
    expect(fields(validatePaynetLink(landline, now))).toEqual(['customer.phone']);
    const mail = validatePaynetLink(paynetRequest({ notifyByEmail: true }), now);
    expect(fields(mail)).toEqual(['customer.email']);
    expect(mail[0]?.message.en).toBe('An e-mail address is needed to send the link by e-mail.');
  });

  it('expiry must leave at least one (rounded-up) hour', () => {
    expect(fields(validatePaynetLink(paynetRequest({ expiresAt: '2025-03-10T09:00:00Z' }), now))).toEqual(['expiresAt']);
    expect(fields(validatePaynetLink(paynetRequest({ expiresAt: '2025-03-09T09:00:00Z' }), now))).toEqual(['expiresAt']);
    expect(validatePaynetLink(paynetRequest({ expiresAt: '2025-03-10T09:10:00Z' }), now)).toEqual([]);
  });

  it('reference ≤ 50 characters', () => {
    expect(fields(validatePaynetLink(paynetRequest({ reference: `PD${'A'.repeat(49)}` }), now))).toEqual(['reference']);
  });

  it('refuses options PayLink cannot carry instead of dropping them', () => {
    expect(fields(validatePaynetLink(paynetRequest({ stock: 3 }), now))).toEqual(['stock']);
    expect(fields(validatePaynetLink(paynetRequest({ cashPriceInstallments: 3 }), now))).toEqual(['cashPriceInstallments']);
    expect(fields(validatePaynetLink(paynetRequest({ maxAmountMinor: 50000 }), now))).toEqual(['maxAmountMinor']);
    expect(validatePaynetLink(paynetRequest({ minQuantity: 1 }), now)).toEqual([]);
  });

  it('every message is bilingual', () => {
    const issues = validatePaynetLink(
      paynetRequest({
        linkType: 'flex',
        amount: { minor: 0, currency: 'USD' },
        customer: {},
        notifyBySms: true,
        notifyByEmail: true,
        expiresAt: '2020-01-01T00:00:00Z',
      }),
      now,
    );
    expect(issues.length).toBe(7);
    for (const { message } of issues) {
      expect(message.tr).not.toBe(message.en);
      expect(message.tr.length).toBeGreaterThan(5);
    }
  });
});

describe('toPaynetExpireHours', () => {
  it.each([
    ['2025-03-10T10:00:00Z', 1],
    ['2025-03-10T09:00:01Z', 1],
    ['2025-03-10T10:00:01Z', 2],
    ['2025-03-13T09:00:00Z', 72],
    ['2025-03-10T08:00:00Z', -1],
  ])('%s → %d h', (expiresAt, hours) => {
    expect(toPaynetExpireHours(expiresAt, now)).toBe(hours);
  });
});
