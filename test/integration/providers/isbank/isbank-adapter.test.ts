import { specificWords } from '../../../../src/shared/i18n/error-text';
import { bothLanguages } from '../../../../src/shared/i18n/user-text';
import { withWords } from '../../../support/said';
import { afterEach, describe, expect, it } from 'vitest';
import { createIsbankAdapter, ISBANK_LIVE_URL, ISBANK_TEST_URL } from '../../../../src/main/providers/isbank/isbank-adapter';
import { parseBranches, parseCreatedLink, parseCurrencies, parseInstallments, parseMerchants } from '../../../../src/main/providers/isbank/isbank-paybylink';
import { startIsbankEmulator, type IsbankEmulator, type IsbankEmulatorOptions, type LinkUrlField } from '../../../emulators/isbank/isbank-emulator';
import { isbankContext, isbankLinkRequest, manualClock } from './isbank-kit';

let emulator: IsbankEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});
async function setup(options: IsbankEmulatorOptions = {}) {
  emulator = await startIsbankEmulator(options);
  return { emu: emulator, adapter: createIsbankAdapter(), ctx: isbankContext(emulator) };
}

describe('İşbank PayByLink look-ups', () => {
  it('lists merchants, branches, currencies and installments', async () => {
    const { adapter, ctx } = await setup();
    expect(await adapter.merchants(ctx)).toEqual({
      ok: true,
      value: [
        { merchantNo: '6700123', name: 'Örnek Mağaza A.Ş.' },
        { merchantNo: '6700456', name: 'Örnek Kafe' },
      ],
    });
    expect(await adapter.branches(ctx, '6700123')).toEqual({
      ok: true,
      value: [
        { branchNo: 1, name: 'Merkez' },
        { branchNo: 2, name: 'Kadıköy' },
      ],
    });
    expect(await adapter.currencies(ctx, '6700123', true)).toEqual({ ok: true, value: ['TRY'] });
    expect(await adapter.currencies(ctx, '6700123', false)).toEqual({ ok: true, value: ['TRY', 'USD', 'EUR'] });
    const installments = await adapter.installments(ctx, { merchantNo: '6700123', branchNo: 1, currency: 'TRY', isDomestic: true });
    expect(installments.ok && installments.value.map((i) => i.count)).toEqual([1, 2, 3, 6, 9]);
    expect(installments.ok && installments.value[1]).toEqual({ count: 2, detail: '2.5' });
  });

  it('an unknown merchant → not-found with the bank words', async () => {
    const { adapter, ctx } = await setup();
    const result = await adapter.branches(ctx, '1');
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'not-found', providerMessage: 'Üye işyeri bulunamadı' });
    // Says what was not found, in proper Turkish and English (not "İşbank has no the payment link").
    expect(result.ok ? 'ok' : specificWords(result.error)).toEqual({
      tr: 'İşbank 1 numaralı üye işyerini tanımıyor. Hesap ayarlarındaki üye işyeri numarasını kontrol edin.',
      en: 'İşbank does not know merchant number 1. Check the merchant number in the account settings.',
    });
  });

  it('reads the common alternative shapes and skips rows it cannot read', () => {
    expect(parseMerchants({ merchants: [{ merchantNo: '12' }, { name: 'no number' }, 34] })).toEqual([{ merchantNo: '12' }, { merchantNo: '34' }]);
    expect(parseMerchants('nope')).toBeUndefined();
    expect(parseBranches([{ branch_code: '7', name: 'Şube' }])).toEqual([{ branchNo: 7, name: 'Şube' }]);
    expect(parseCurrencies({ currency_codes: ['try', { code: 'EUR' }, 'EURO'] })).toEqual(['TRY', 'EUR']);
    expect(parseInstallments({ installments: [3, '6', { count: 40 }, { installment_count: 12, description: '12 taksit' }] })).toEqual([
      { count: 3 },
      { count: 6 },
      { count: 12, detail: '12 taksit' },
    ]);
  });
});

describe('İşbank PayByLink create', () => {
  it('sends the documented body (amount in lira) and returns the link', async () => {
    const { emu, adapter, ctx } = await setup();
    const request = isbankLinkRequest({ amount: { minor: 125_050, currency: 'TRY' }, maxInstallments: 3, language: 'en' });
    const result = await adapter.createLink(ctx, request);
    if (!result.ok) throw new Error(result.error.message);
    const [record] = [...emu.links.values()];
    expect(record!.body).toEqual({
      language_code: 'en',
      branch_no: 1,
      personal_description: request.description,
      amount: 1250.5,
      merchant_no: 6700123,
      installment: 3,
      currency_code: 'TRY',
      is_domestic: true,
    });
    expect(result.value).toEqual({ url: record!.url, providerRefs: { payment_link_id: record!.id, merchantNo: '6700123' } });
    expect(emu.server.countReference(request.description)).toBe(1);
  });

  it.each<LinkUrlField>(['link', 'payment_link', 'link_url'])('accepts the link from %s', async (field) => {
    const { emu, adapter, ctx } = await setup({ linkUrlField: field });
    const result = await adapter.createLink(ctx, isbankLinkRequest());
    expect(result.ok && result.value.url).toBe([...emu.links.values()][0]!.url);
  });

  it('an answer without a link URL is a clear ambiguous error (the link may exist)', async () => {
    const { adapter, ctx } = await setup({ linkUrlField: 'none' });
    const result = await adapter.createLink(ctx, isbankLinkRequest());
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'ambiguous', message: expect.stringMatching(/url\/link\/payment_link\/link_url/) });
    expect(parseCreatedLink({ url: 'javascript:alert(1)' })).toBeUndefined();
  });

  it('enforces the one-day validity and other rules before any request', async () => {
    const { emu, adapter } = await setup();
    const ctx = isbankContext(emu, { clock: manualClock('2025-07-21T09:00:00Z') });
    const tooLate = await adapter.createLink(ctx, isbankLinkRequest({ expiresAt: '2025-07-22T09:00:01Z' }));
    expect(withWords(tooLate.ok ? 'ok' : tooLate.error)).toMatchObject({ code: 'invalid-input', field: 'expiresAt', userMessage: { tr: expect.stringMatching(/bir gün/) } });
    const noMerchant = await adapter.createLink(ctx, isbankLinkRequest({ isbank: undefined }));
    expect(noMerchant.ok ? 'ok' : noMerchant.error.field).toBe('isbank.merchantNo');
    const hugeMerchant = await adapter.createLink(ctx, isbankLinkRequest({ isbank: { merchantNo: '99999999999999999999', branchNo: 1, isDomestic: true } }));
    expect(hugeMerchant.ok ? 'ok' : hugeMerchant.error.code).toBe('invalid-input');
    expect(emu.tokensIssued).toBe(0);
    expect(emu.links.size).toBe(0);
    const withinADay = await adapter.createLink(ctx, isbankLinkRequest({ expiresAt: '2025-07-22T09:00:00Z' }));
    expect(withinADay.ok).toBe(true);
  });

  it('a refusal keeps the bank words from infos', async () => {
    const { adapter, ctx } = await setup();
    const result = await adapter.createLink(ctx, isbankLinkRequest({ isbank: { merchantNo: '42', branchNo: 1, isDomestic: true } }));
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'provider-rejected', providerMessage: 'Üye işyeri bulunamadı', retryable: false });
  });
});

describe('İşbank adapter basics', () => {
  it('tests the connection with a fresh token and the merchant look-up', async () => {
    const { emu, adapter, ctx } = await setup();
    await adapter.merchants(ctx);
    const tested = await adapter.testConnection(ctx);
    expect(tested.ok && bothLanguages(tested.value.detail)).toEqual({ tr: 'İşbank erişim anahtarı alındı; 2 üye işyeri: 6700123, 6700456', en: 'İşbank token OK; 2 merchant(s): 6700123, 6700456' });
    expect(emu.tokensIssued).toBe(2);
  });

  it('declares live, UAT and custom hosts and its capabilities', () => {
    const adapter = createIsbankAdapter();
    expect(adapter.baseUrls).toEqual({ live: ISBANK_LIVE_URL, test: ISBANK_TEST_URL });
    expect(ISBANK_LIVE_URL).toBe('https://api.isbank.com.tr');
    expect(ISBANK_TEST_URL).toBe('https://api.uat.isbank.com.tr');
    expect(adapter.capabilities).toMatchObject({ linkTypes: ['amount'], expiry: 'one-day', customerAccounts: false });
  });
});
