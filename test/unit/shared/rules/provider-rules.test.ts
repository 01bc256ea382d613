import { describe, expect, it } from 'vitest';
import { createLinkRequestSchema, type CreateLinkRequest } from '../../../../src/shared/domain/link';
import { istanbulDate } from '../../../../src/shared/domain/istanbul-time';
import { validateIsbankLink } from '../../../../src/shared/rules/isbank-rules';
import { validateOduyoLink } from '../../../../src/shared/rules/oduyo-rules';

const now = new Date('2025-07-21T12:00:00Z');
const request = (patch: Partial<CreateLinkRequest> = {}): CreateLinkRequest =>
  createLinkRequestSchema.parse({
    reference: 'PD0000000001',
    linkType: 'amount',
    amount: { minor: 50_000, currency: 'TRY' },
    description: 'Sipariş 42',
    customer: { oduyoCustomerId: '76', email: 'pinar@example.com' },
    maxInstallments: 1,
    language: 'tr',
    isbank: { merchantNo: '123', branchNo: 1, isDomestic: true },
    ...patch,
  });

describe('istanbulDate', () => {
  it('uses the Turkish calendar day whatever the local zone', () => {
    expect(istanbulDate(new Date('2025-07-27T20:59:59Z'))).toBe('2025-07-27');
    expect(istanbulDate(new Date('2025-07-27T21:00:00Z'))).toBe('2025-07-28');
  });
});

describe('validateOduyoLink', () => {
  const fields = (req: CreateLinkRequest) => validateOduyoLink(req, now).map((i) => i.field);

  it('accepts amount and open-amount links with a customer account', () => {
    expect(validateOduyoLink(request(), now)).toEqual([]);
    expect(fields(request({ linkType: 'open-amount' }))).toEqual([]);
    expect(fields(request({ expiresAt: '2025-07-21T20:00:00Z', maxInstallments: 6 }))).toEqual([]);
  });

  it('requires the customer account, with both languages', () => {
    const issues = validateOduyoLink(request({ customer: {} }), now);
    expect(issues).toEqual([
      {
        field: 'customer.oduyoCustomerId',
        message: { tr: 'Ödüyo için bir cari hesap seçin veya oluşturun.', en: 'Choose or create an Ödüyo customer account.' },
      },
    ]);
  });

  it('rejects other link types, currencies and provider-side sending', () => {
    expect(fields(request({ linkType: 'flex' }))).toEqual(['linkType']);
    expect(fields(request({ amount: { minor: 100, currency: 'EUR' } }))).toEqual(['amount']);
    expect(fields(request({ notifyBySms: true }))).toEqual(['notifyBySms']);
    expect(fields(request({ notifyByEmail: true }))).toEqual(['notifyByEmail']);
  });

  it('rejects a past date (Turkish calendar) and open-amount extras', () => {
    expect(fields(request({ expiresAt: '2025-07-20T20:59:00Z' }))).toEqual(['expiresAt']);
    expect(fields(request({ expiresAt: '2025-07-20T21:00:00Z' }))).toEqual([]);
    expect(fields(request({ linkType: 'open-amount', expiresAt: '2025-07-28T00:00:00Z', maxInstallments: 3 }))).toEqual([
      'expiresAt',
      'maxInstallments',
    ]);
  });
});

describe('validateIsbankLink', () => {
  const fields = (req: CreateLinkRequest) => validateIsbankLink(req, now).map((i) => i.field);

  it('accepts a TRY amount link within one day', () => {
    expect(fields(request())).toEqual([]);
    expect(fields(request({ expiresAt: '2025-07-22T12:00:00Z' }))).toEqual([]);
  });

  it('enforces the one-day validity', () => {
    const issues = validateIsbankLink(request({ expiresAt: '2025-07-22T12:00:01Z' }), now);
    expect(issues.map((i) => i.field)).toEqual(['expiresAt']);
    expect(issues[0]!.message.tr).toMatch(/bir gün/);
    expect(issues[0]!.message.en).toMatch(/one day/);
    expect(fields(request({ expiresAt: '2025-07-21T12:00:00Z' }))).toEqual(['expiresAt']);
  });

  it('needs merchant options, TRY, an amount link and no provider-side sending', () => {
    expect(fields(request({ isbank: undefined }))).toEqual(['isbank.merchantNo']);
    expect(fields(request({ amount: { minor: 100, currency: 'USD' } }))).toEqual(['amount']);
    expect(fields(request({ linkType: 'open-amount' }))).toEqual(['linkType']);
    expect(fields(request({ notifyBySms: true }))).toEqual(['notifyBySms']);
  });
});
