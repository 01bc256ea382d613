import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../src/shared/domain/validation';
import {
  toPaytrCurrency,
  toPaytrDateTime,
  validatePaytrCallback,
  validatePaytrCellPhone,
  validatePaytrEmail,
  validatePaytrLink,
  validatePaytrLinkIds,
} from '../../../../src/shared/rules/paytr-rules';
import { paytrRequest } from '../link-request-fixture';

const now = new Date('2025-03-10T09:00:00Z');
const fields = (issues: ValidationIssue[]) => issues.map((i) => i.field);

/** Every message exists in both languages and they differ (a real translation, not a copy). */
function expectBilingual(issues: ValidationIssue[]) {
  for (const { message } of issues) {
    expect(message.tr.length).toBeGreaterThan(5);
    expect(message.en.length).toBeGreaterThan(5);
    expect(message.tr).not.toBe(message.en);
  }
}

describe('validatePaytrLink', () => {
  it('accepts a plain product link and every documented option within range', () => {
    expect(validatePaytrLink(paytrRequest(), now)).toEqual([]);
    const full = paytrRequest({
      description: 'Çiğ köfte dürüm',
      maxInstallments: 9,
      cashPriceInstallments: 3,
      minQuantity: 2,
      stock: 10,
      expiresAt: '2025-03-11T09:00:00Z',
      language: 'en',
      amount: { minor: 5, currency: 'EUR' },
    });
    expect(validatePaytrLink(full, now)).toEqual([]);
  });

  it('name must be 4–200 characters (counted as characters, not bytes)', () => {
    const short = validatePaytrLink(paytrRequest({ description: 'Çay' }), now);
    expect(fields(short)).toEqual(['description']);
    expect(short[0]?.message.tr).toBe('Açıklama en az 4, en fazla 200 karakter olmalı.');
    expect(short[0]?.message.en).toBe('The description must be 4 to 200 characters long.');
    expect(validatePaytrLink(paytrRequest({ description: 'Çğüş' }), now)).toEqual([]);
    expect(validatePaytrLink(paytrRequest({ description: 'ş'.repeat(200) }), now)).toEqual([]);
    expect(fields(validatePaytrLink(paytrRequest({ description: 'ş'.repeat(201) }), now))).toEqual(['description']);
  });

  it('price must be a positive whole number of kuruş', () => {
    expect(fields(validatePaytrLink(paytrRequest({ amount: { minor: 14.5, currency: 'TRY' } }), now))).toEqual(['amount.minor']);
    expect(fields(validatePaytrLink(paytrRequest({ amount: { minor: 0, currency: 'TRY' } }), now))).toEqual(['amount.minor']);
  });

  it('max_installment 1–12 and pft 2–12', () => {
    expect(fields(validatePaytrLink(paytrRequest({ maxInstallments: 0 }), now))).toEqual(['maxInstallments']);
    expect(fields(validatePaytrLink(paytrRequest({ maxInstallments: 13 }), now))).toEqual(['maxInstallments']);
    expect(fields(validatePaytrLink(paytrRequest({ cashPriceInstallments: 1 }), now))).toEqual(['cashPriceInstallments']);
    expect(fields(validatePaytrLink(paytrRequest({ cashPriceInstallments: 13 }), now))).toEqual(['cashPriceInstallments']);
  });

  it('only product, collection and flex link types', () => {
    const issues = validatePaytrLink(paytrRequest({ linkType: 'amount' }), now);
    expect(fields(issues)).toEqual(['linkType']);
    expect(issues[0]?.message.tr).toContain('ürün, tahsilat veya esnek');
  });

  it('collection links need an e-mail ≤ 100 characters', () => {
    expect(fields(validatePaytrLink(paytrRequest({ linkType: 'collection' }), now))).toEqual(['customer.email']);
    const long = `${'a'.repeat(95)}@x.com`;
    const issues = validatePaytrLink(paytrRequest({ linkType: 'collection', customer: { email: long } }), now);
    expect(issues[0]?.message.tr).toBe('E-posta adresi en fazla 100 karakter olabilir.');
    expect(validatePaytrLink(paytrRequest({ linkType: 'collection', customer: { email: 'a@b.co' } }), now)).toEqual([]);
  });

  it('flex links need a maximum above the minimum', () => {
    expect(fields(validatePaytrLink(paytrRequest({ linkType: 'flex' }), now))).toEqual(['maxAmountMinor']);
    expect(fields(validatePaytrLink(paytrRequest({ linkType: 'flex', maxAmountMinor: 1445 }), now))).toEqual(['maxAmountMinor']);
    expect(validatePaytrLink(paytrRequest({ linkType: 'flex', maxAmountMinor: 1446 }), now)).toEqual([]);
  });

  it('stock and quantity belong to product links only', () => {
    expect(fields(validatePaytrLink(paytrRequest({ linkType: 'flex', maxAmountMinor: 5000, stock: 3 }), now))).toEqual(['stock']);
    expect(fields(validatePaytrLink(paytrRequest({ linkType: 'flex', maxAmountMinor: 5000, minQuantity: 2 }), now))).toEqual([
      'minQuantity',
    ]);
  });

  it('expiry must be a date in the future', () => {
    expect(fields(validatePaytrLink(paytrRequest({ expiresAt: '2025-03-10T08:59:59Z' }), now))).toEqual(['expiresAt']);
    expect(fields(validatePaytrLink(paytrRequest({ expiresAt: 'yarın' }), now))).toEqual(['expiresAt']);
  });

  it('asks for a usable phone / e-mail when the link is to be sent that way', () => {
    const sms = validatePaytrLink(paytrRequest({ notifyBySms: true, customer: { phone: '+902121234567' } }), now);
    expect(fields(sms)).toEqual(['customer.phone']);
    expect(sms[0]?.message.tr).toContain('Türkiye’deki cep telefonlarına');
    expect(fields(validatePaytrLink(paytrRequest({ notifyByEmail: true }), now))).toEqual(['customer.email']);
  });

  it('every message is bilingual', () => {
    const everything = validatePaytrLink(
      paytrRequest({
        description: 'ab',
        linkType: 'amount',
        amount: { minor: 0, currency: 'TRY' },
        maxInstallments: 20,
        cashPriceInstallments: 1,
        expiresAt: '2020-01-01T00:00:00Z',
        notifyBySms: true,
        notifyByEmail: true,
      }),
      now,
    );
    expect(everything.length).toBeGreaterThanOrEqual(7);
    expectBilingual(everything);
  });
});

describe('single-field PayTR rules', () => {
  it('cell phone: a Turkish mobile number', () => {
    expect(validatePaytrCellPhone('+905551234567')).toEqual([]);
    expect(fields(validatePaytrCellPhone(undefined))).toEqual(['customer.phone']);
    expectBilingual(validatePaytrCellPhone('+4915112345678'));
  });

  it('e-mail: present, ≤ 100, well-formed', () => {
    expect(validatePaytrEmail('ayse@example.com')).toEqual([]);
    expect(validatePaytrEmail('not-an-email')[0]?.message.tr).toBe('Geçerli bir e-posta adresi girin.');
  });

  it('callback_link: http(s), not localhost, no port, ≤ 400, needs callback_id; callback_id alphanumeric ≤ 64', () => {
    expect(validatePaytrCallback('https://relay.example.com/paytr', 'PD0123456789AB')).toEqual([]);
    expect(fields(validatePaytrCallback('ftp://relay.example.com/x', 'A1'))).toEqual(['callbackLink']);
    expect(fields(validatePaytrCallback('http://localhost/x', 'A1'))).toEqual(['callbackLink']);
    expect(fields(validatePaytrCallback('https://relay.example.com:8443/x', 'A1'))).toEqual(['callbackLink']);
    expect(fields(validatePaytrCallback(`https://relay.example.com/${'x'.repeat(400)}`, 'A1'))).toEqual(['callbackLink']);
    expect(fields(validatePaytrCallback('https://relay.example.com/x', undefined))).toEqual(['callbackId']);
    expect(fields(validatePaytrCallback(undefined, 'PD-01'))).toEqual(['callbackId']);
    expect(fields(validatePaytrCallback(undefined, 'A'.repeat(65)))).toEqual(['callbackId']);
    expectBilingual(validatePaytrCallback('http://localhost:80/x', undefined));
  });

  it('delete ids: 1 to 10 alphanumeric ids', () => {
    expect(validatePaytrLinkIds(['NB2Zlz3'])).toEqual([]);
    expect(fields(validatePaytrLinkIds([]))).toEqual(['ids']);
    expect(fields(validatePaytrLinkIds(Array.from({ length: 11 }, (_, i) => `id${i}`)))).toEqual(['ids']);
    expect(fields(validatePaytrLinkIds(['a,b']))).toEqual(['ids']);
  });
});

describe('PayTR conversions', () => {
  it('currency TRY → TL, others as they are', () => {
    expect(toPaytrCurrency('TRY')).toBe('TL');
    expect(toPaytrCurrency('EUR')).toBe('EUR');
    expect(toPaytrCurrency('JPY')).toBeNull();
  });

  it('expiry in Istanbul time (UTC+3, no DST), summer and winter alike', () => {
    expect(toPaytrDateTime('2021-05-31T14:00:00Z')).toBe('2021-05-31 17:00:00');
    expect(toPaytrDateTime('2025-12-31T22:30:15.999Z')).toBe('2026-01-01 01:30:15');
    expect(toPaytrDateTime('2025-07-01T12:00:00+02:00')).toBe('2025-07-01 13:00:00');
    expect(toPaytrDateTime('nope')).toBeNull();
  });
});
