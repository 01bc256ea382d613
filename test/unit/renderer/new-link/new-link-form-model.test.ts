import { describe, expect, it } from 'vitest';
import { newLinkReference } from '../../../../src/shared/domain/link-reference';
import { linkReferenceSchema } from '../../../../src/shared/domain/link';
import {
  draftForSameCustomer,
  draftFromRequest,
  emptyDraft,
  fitToProvider,
  lastOptionsOf,
  type NewLinkDraft,
} from '../../../../src/renderer/src/features/new-link/new-link-draft';
import {
  buildLinkRequest,
  formFieldOf,
  visibleIssues,
  type BuildContext,
} from '../../../../src/renderer/src/features/new-link/new-link-form-model';
import type { ProviderId } from '../../../../src/shared/domain/provider-id';

const now = new Date('2026-11-22T11:05:30.000Z'); // 14:05:30 in Istanbul
const ctx = (provider: ProviderId): BuildContext => ({ provider, language: 'tr', now });
const draft = (provider: ProviderId, patch: Partial<NewLinkDraft> = {}): NewLinkDraft => ({ ...emptyDraft(provider), ...patch });
const issuesOf = (provider: ProviderId, patch: Partial<NewLinkDraft>) => {
  const outcome = buildLinkRequest(draft(provider, patch), ctx(provider));
  return outcome.ok ? {} : outcome.issues;
};

describe('link reference', () => {
  it('is PD + 20 base32 characters, valid for the contract, and new every time', () => {
    const refs = new Set(Array.from({ length: 200 }, () => newLinkReference()));
    expect(refs.size).toBe(200);
    for (const ref of refs) {
      expect(ref).toMatch(/^PD[A-Z2-7]{20}$/);
      expect(linkReferenceSchema.safeParse(ref).success).toBe(true);
    }
    expect(newLinkReference((bytes) => bytes.fill(255))).toBe(`PD${'7'.repeat(20)}`);
    expect(newLinkReference((bytes) => bytes.fill(32))).toBe(`PD${'A'.repeat(20)}`);
  });
});

describe('drafts', () => {
  it('start on what each provider offers, with remembered options when they fit', () => {
    expect(emptyDraft('paytr').linkType).toBe('product');
    expect(emptyDraft('paynet', { linkType: 'flex', currency: 'EUR', maxInstallments: 6, expiryPreset: '1h' })).toMatchObject({
      linkType: 'amount',
      currency: 'TRY',
      maxInstallments: 1,
      expiryPreset: '1h',
    });
    expect(emptyDraft('oduyo', { expiryPreset: '1h' }).expiryPreset).toBe('provider-default');
    expect(emptyDraft('paytr', { linkType: 'collection', currency: 'EUR', maxInstallments: 6 })).toMatchObject({
      linkType: 'collection',
      currency: 'EUR',
      maxInstallments: 6,
    });
  });

  it('drop choices the next account cannot take when switching', () => {
    const paytr = draft('paytr', { linkType: 'product', stockText: '5', cashPriceInstallments: 3, maxInstallments: 6, notifyBySms: true });
    const paynet = fitToProvider(paytr, 'paynet');
    expect(paynet).toMatchObject({ linkType: 'amount', stockText: '', cashPriceInstallments: 0, maxInstallments: 1, notifyBySms: true });
    expect(fitToProvider(paynet, 'paytr').notifyBySms).toBe(false);
  });

  it('copy a request into a new draft with a fresh reference (or the same one for an edit)', () => {
    const built = buildLinkRequest(
      draft('paytr', { amountText: '1.250,50', description: 'Koltuk takımı', customerPhone: '0555 123 45 67', expiryPreset: '1d' }),
      ctx('paytr'),
    );
    if (!built.ok) throw new Error('expected a request');
    const copy = draftFromRequest(built.request, 'paytr', { now });
    expect(copy.reference).not.toBe(built.request.reference);
    expect(copy).toMatchObject({ amountText: '1.250,50', description: 'Koltuk takımı', customerPhone: '0555 123 45 67' });
    expect(copy).toMatchObject({ expiryPreset: 'custom', customExpiry: '2026-11-23T14:05' });
    expect(draftFromRequest(built.request, 'paytr', { keepReference: true, now }).reference).toBe(built.request.reference);
    const later = draftFromRequest(built.request, 'paytr', { now: new Date('2026-12-01T00:00:00Z') });
    expect(later.expiryPreset).toBe('provider-default');
  });

  it('keep the customer for "new link for the same customer", and nothing else', () => {
    const first = draft('oduyo', { amountText: '10', description: 'x', customerName: 'Ayşe', oduyoCustomerId: '42', oduyoCustomerLabel: 'Ayşe (#42)' });
    const next = draftForSameCustomer(first, 'oduyo');
    expect(next).toMatchObject({ amountText: '', description: '', customerName: 'Ayşe', oduyoCustomerId: '42' });
    expect(next.reference).not.toBe(first.reference);
    expect(lastOptionsOf(first)).toEqual({ linkType: 'amount', currency: 'TRY', maxInstallments: 1, expiryPreset: 'provider-default' });
  });
});

describe('building the request', () => {
  it('reads a Turkish amount exactly and normalises the phone to E.164', () => {
    const outcome = buildLinkRequest(
      draft('paytr', {
        amountText: '1.250,50',
        description: 'Koltuk takımı',
        customerName: ' Ayşe Yılmaz ',
        customerPhone: '0555 123 45 67',
        customerEmail: 'ayse@example.com',
        maxInstallments: 3,
        cashPriceInstallments: 2,
        minQuantityText: '2',
        stockText: '10',
        expiryPreset: 'today',
      }),
      ctx('paytr'),
    );
    expect(outcome).toEqual({
      ok: true,
      request: expect.objectContaining({
        linkType: 'product',
        amount: { minor: 125050, currency: 'TRY' },
        description: 'Koltuk takımı',
        customer: { name: 'Ayşe Yılmaz', phone: '+905551234567', email: 'ayse@example.com' },
        maxInstallments: 3,
        cashPriceInstallments: 2,
        minQuantity: 2,
        stock: 10,
        expiresAt: '2026-11-22T20:59:59.000Z',
        language: 'tr',
        notifyBySms: false,
      }),
    });
  });

  it.each([
    ['1250,5', 125050],
    ['1250.50', 125050],
    ['₺1.250', 125000],
  ])('understands %s', (amountText, minor) => {
    const outcome = buildLinkRequest(draft('paynet', { amountText, description: 'Aidat', customerName: 'Ali Veli' }), ctx('paynet'));
    expect(outcome.ok && outcome.request.amount.minor).toBe(minor);
  });

  it('shows what was typed wrong, field by field, in both languages', () => {
    const issues = issuesOf('paytr', { amountText: '12,345', description: '', customerPhone: '12', customerEmail: 'a@', stockText: '0' });
    expect(Object.keys(issues).sort()).toEqual(['amount', 'customer.email', 'customer.phone', 'description', 'stock']);
    // `12,345` has three decimals: the message says so rather than "type it in digits".
    expect(issues.amount).toEqual({
      tr: 'Tutarda en fazla iki ondalık basamak olabilir (kuruş), örneğin 1.250,50.',
      en: 'The amount can have at most two decimals, for example 1.250,50.',
    });
    expect(issuesOf('paytr', { amountText: '' }).amount?.tr).toBe('Tutarı yazın, örneğin 1.250,50.');
    expect(issuesOf('paytr', { amountText: '0,00', description: 'Kahve' }).amount?.en).toBe('The amount must be greater than zero.');
  });

  it('applies each provider’s rules before sending', () => {
    // PayTR: 4–200 characters; a collection link needs an e-mail; flex needs max > min.
    expect(issuesOf('paytr', { amountText: '10', description: 'Çay' }).description?.en).toBe('The description must be 4 to 200 characters long.');
    expect(Object.keys(issuesOf('paytr', { linkType: 'collection', amountText: '10', description: 'Tahsilat' }))).toEqual(['customer.email']);
    expect(Object.keys(issuesOf('paytr', { linkType: 'flex', amountText: '10', maxAmountText: '5', description: 'Bağış' }))).toEqual([
      'maxAmountMinor',
    ]);
    // Paynet: the customer's name; SMS needs a Turkish mobile.
    expect(issuesOf('paynet', { amountText: '10', description: 'Aidat' })['customer.name']?.tr).toBe(
      'Paynet için müşterinin adı soyadı gerekli.',
    );
    expect(Object.keys(issuesOf('paynet', { amountText: '10', description: 'Aidat', customerName: 'Ali', notifyBySms: true }))).toEqual([
      'customer.phone',
    ]);
    expect(
      issuesOf('paynet', { amountText: '10', description: 'Aidat', customerName: 'Ali', notifyBySms: true, customerPhone: '0212 555 12 12' })[
        'customer.phone'
      ]?.en,
    ).toContain('Turkish mobile');
    // Ödüyo: a customer account is always needed.
    expect(Object.keys(issuesOf('oduyo', { amountText: '10', description: 'Ders' }))).toEqual(['customer.oduyoCustomerId']);
    // İşbank: merchant and branch; at most one day.
    expect(Object.keys(issuesOf('isbank', { amountText: '10', description: 'Bağış' }))).toEqual(['isbank.merchantNo']);
    expect(Object.keys(issuesOf('isbank', { amountText: '10', description: 'Bağış', isbankMerchantNo: '1001' }))).toEqual([
      'isbank.branchNo',
    ]);
    const tooLong = issuesOf('isbank', {
      amountText: '10',
      description: 'Bağış',
      isbankMerchantNo: '1001',
      isbankBranchNo: '3',
      expiryPreset: 'custom',
      customExpiry: '2026-11-24T10:00',
    });
    expect(tooLong.expiresAt?.tr).toBe('İşbank linkleri en fazla bir gün geçerlidir; daha yakın bir zaman seçin.');
  });

  it('refuses a past custom expiry', () => {
    const issues = issuesOf('paytr', { amountText: '10', description: 'Kahve', expiryPreset: 'custom', customExpiry: '2026-11-22T10:00' });
    expect(issues.expiresAt?.en).toBe('The expiry time must be in the future.');
  });

  it('sends Paynet’s at-create flags only, and an open-amount Ödüyo link without expiry or installments', () => {
    const paynet = buildLinkRequest(
      draft('paynet', { amountText: '10', description: 'Aidat', customerName: 'Ali', customerEmail: 'ali@example.com', notifyByEmail: true }),
      ctx('paynet'),
    );
    expect(paynet.ok && [paynet.request.notifyByEmail, paynet.request.notifyBySms]).toEqual([true, false]);
    const open = buildLinkRequest(
      draft('oduyo', { linkType: 'open-amount', amountText: '10', description: 'Bağış', oduyoCustomerId: '7', expiryPreset: '1w', maxInstallments: 3 }),
      ctx('oduyo'),
    );
    expect(open.ok && open.request).toMatchObject({ linkType: 'open-amount', maxInstallments: 1, customer: { oduyoCustomerId: '7' } });
    expect(open.ok && open.request.expiresAt).toBeUndefined();
  });

  it('maps rule paths to form fields and shows issues of touched fields until the first submit', () => {
    expect(formFieldOf('amount.minor')).toBe('amount');
    expect(formFieldOf('amount.currency')).toBe('currency');
    expect(formFieldOf('notifyBySms')).toBe('notify');
    expect(formFieldOf('isbank.isDomestic')).toBe('isbank.merchantNo');
    expect(formFieldOf('reference')).toBe('form');
    const issues = issuesOf('paytr', {});
    expect(Object.keys(visibleIssues(issues, new Set(['amount']), false))).toEqual(['amount']);
    expect(visibleIssues(issues, new Set(), true)).toBe(issues);
  });
});
