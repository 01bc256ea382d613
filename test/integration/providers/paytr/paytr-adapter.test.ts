import { bothLanguages } from '../../../../src/shared/i18n/user-text';
import { withWords } from '../../../support/said';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaytrAdapter, deletePaytrLinks } from '../../../../src/main/providers/paytr/paytr-adapter';
import type { CreatedLink } from '../../../../src/shared/domain/link';
import type { Result } from '../../../../src/shared/result';
import { paytrReferenceKey, startPaytrEmulator, type PaytrEmulator } from '../../../emulators/paytr/paytr-emulator';
import { paytrRequest } from '../../../unit/providers/link-request-fixture';
import { linkRef, paytrContext, totalRequests } from '../provider-kit';

const adapter = createPaytrAdapter({ timeoutMs: 5000 });
let emu: PaytrEmulator;

beforeAll(async () => {
  emu = await startPaytrEmulator();
});
afterAll(() => emu.stop());

function created(result: Result<CreatedLink>): CreatedLink {
  if (!result.ok) throw new Error(`create failed: ${result.error.code} ${result.error.message} ${result.error.providerMessage ?? ''}`);
  return result.value;
}
const storedLink = (link: CreatedLink) => emu.links.get(link.providerRefs.id ?? '')!;
const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000);

describe('PayTR create ↔ emulator', () => {
  it('creates a product link with every option, form-encoded, and keeps the QR PNG', async () => {
    const expiresAt = inTwoDays();
    const request = paytrRequest({
      description: 'Kahve değirmeni',
      amount: { minor: 125050, currency: 'TRY' },
      maxInstallments: 6,
      cashPriceInstallments: 3,
      minQuantity: 2,
      stock: 5,
      expiresAt: expiresAt.toISOString(),
      language: 'en',
    });
    const before = emu.emulator.count('POST /odeme/api/link/create');
    const link = created(await adapter.createLink(paytrContext(emu), request));

    expect(link.providerRefs.id).toMatch(/^[A-Za-z0-9]{7}$/);
    expect(link.url).toBe(`${emu.url}/link/${link.providerRefs.id}`);
    const png = Buffer.from(link.qrPngBase64 ?? '', 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');

    const istanbul = new Date(Math.floor(expiresAt.getTime() / 1000) * 1000 + 3 * 3600_000).toISOString();
    expect(storedLink(link).fields).toEqual({
      merchant_id: emu.keys.merchantId,
      name: 'Kahve değirmeni',
      price: '125050',
      currency: 'TL',
      max_installment: '6',
      link_type: 'product',
      lang: 'en',
      min_count: '2',
      max_count: '5',
      pft: '3',
      expiry_date: `${istanbul.slice(0, 10)} ${istanbul.slice(11, 19)}`,
      get_qr: '1',
      debug_on: '1',
    });
    const wire = emu.requests.at(-1)!;
    expect(wire.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(wire.rawBody).toContain('name=Kahve+de%C4%9Firmeni');
    expect(emu.emulator.count('POST /odeme/api/link/create')).toBe(before + 1);
    expect(emu.emulator.countReference(paytrReferenceKey({ name: 'Kahve değirmeni', price: '125050' }))).toBe(1);
  });

  it('signs a Turkish-character name over its UTF-8 bytes (the emulator recomputes the token)', async () => {
    const link = created(await adapter.createLink(paytrContext(emu), paytrRequest({ description: 'Çiğ köfte dürüm (İŞÖĞÜ ışığı)' })));
    expect(storedLink(link).fields.name).toBe('Çiğ köfte dürüm (İŞÖĞÜ ışığı)');
  });

  it('creates collection (e-mail signed) and flex (maximum, payer name) links in other currencies', async () => {
    const collection = created(
      await adapter.createLink(
        paytrContext(emu),
        paytrRequest({ linkType: 'collection', customer: { email: 'cari@example.com' }, amount: { minor: 990000, currency: 'EUR' } }),
      ),
    );
    expect(storedLink(collection).fields).toMatchObject({ link_type: 'collection', email: 'cari@example.com', currency: 'EUR' });
    const flex = created(
      await adapter.createLink(
        paytrContext(emu),
        paytrRequest({ linkType: 'flex', maxAmountMinor: 50000, customer: { name: 'Ayşe Yılmaz' }, description: 'Bağış kutusu' }),
      ),
    );
    expect(storedLink(flex).fields).toMatchObject({ link_type: 'flex', flex_max_price: '50000', user_name: 'Ayşe Yılmaz', price: '1445' });
  });

  it('with a callback relay, sends callback_id = our reference and counts under it', async () => {
    const relayed = createPaytrAdapter({ timeoutMs: 5000, callbackLink: 'https://relay.example.com/paytr' });
    const request = paytrRequest();
    const link = created(await relayed.createLink(paytrContext(emu), request));
    expect(storedLink(link).fields).toMatchObject({ callback_link: 'https://relay.example.com/paytr', callback_id: request.reference });
    expect(emu.emulator.countReference(request.reference)).toBe(1);
  });

  it('keeps PayTR’s reason for refusals: `reason ?? err_msg`, not retryable', async () => {
    emu.rejectNext({ status: 'error', err_msg: 'Link API bu magaza icin aktif degil' }, '/odeme/api/link/create');
    const result = await adapter.createLink(paytrContext(emu), paytrRequest());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'provider-rejected', retryable: false, providerMessage: 'Link API bu magaza icin aktif degil' },
    });
  });

  it('wrong key, salt or merchant id → auth-failed with PayTR’s words', async () => {
    for (const over of [{ merchantKey: 'wrong' }, { merchantSalt: 'wrong' }, { merchantId: '999999' }]) {
      const result = await adapter.createLink(paytrContext(emu, over), paytrRequest());
      expect(result).toMatchObject({ ok: false, error: { code: 'auth-failed', providerMessage: 'paytr_token gonderilmedi veya gecersiz' } });
    }
  });
});

describe('PayTR send, delete and test connection ↔ emulator', () => {
  it('sends the link by SMS (05XXXXXXXXX) and e-mail', async () => {
    const link = created(await adapter.createLink(paytrContext(emu), paytrRequest()));
    const ref = linkRef('PD0000000001', link.providerRefs);
    expect(await adapter.sendSms!(paytrContext(emu), ref, '+905551234567')).toEqual({ ok: true, value: { done: true } });
    expect(await adapter.sendEmail!(paytrContext(emu), ref, 'ayse@example.com')).toEqual({ ok: true, value: { done: true } });
    expect(storedLink(link).smsSentTo).toEqual(['05551234567']);
    expect(storedLink(link).emailsSentTo).toEqual(['ayse@example.com']);
  });

  it('cancel deletes the link; afterwards PayTR says "Invalid id" for it', async () => {
    const link = created(await adapter.createLink(paytrContext(emu), paytrRequest()));
    const ref = linkRef('PD0000000002', link.providerRefs);
    expect(await adapter.cancel!(paytrContext(emu), ref)).toEqual({ ok: true, value: { done: true } });
    expect(storedLink(link).deleted).toBe(true);
    const again = await adapter.cancel!(paytrContext(emu), ref);
    expect(again).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'Process failed. Invalid id.' } });
    const sms = await adapter.sendSms!(paytrContext(emu), ref, '+905551234567');
    expect(sms).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'Process failed. Invalid id.' } });
    const mail = await adapter.sendEmail!(paytrContext(emu), linkRef('PD0000000003', { id: 'Zz99999' }), 'a@b.co');
    expect(mail).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'Process failed. Invalid id.' } });
  });

  it('deletes a batch in one call and reports each id', async () => {
    const a = created(await adapter.createLink(paytrContext(emu), paytrRequest()));
    const b = created(await adapter.createLink(paytrContext(emu), paytrRequest()));
    const ids = [a.providerRefs.id!, 'NoSuch1', b.providerRefs.id!];
    const before = emu.emulator.count('POST /odeme/api/link/delete');
    const result = await deletePaytrLinks(paytrContext(emu), ids);
    expect(result).toEqual({ ok: true, value: { deleted: [ids[0], ids[2]], failed: ['NoSuch1'] } });
    expect(emu.emulator.count('POST /odeme/api/link/delete')).toBe(before + 1);
    expect(await deletePaytrLinks(paytrContext(emu), ['NoSuch1', 'NoSuch2'])).toEqual({
      ok: true,
      value: { deleted: [], failed: ['NoSuch1', 'NoSuch2'] },
    });
  });

  it('test connection asks the transaction report for the last minute', async () => {
    const empty = await adapter.testConnection(paytrContext(emu));
    expect(empty.ok && bothLanguages(empty.value.detail)).toEqual({ tr: 'PayTR bilgileri kabul etti (son bir dakikada 0 işlem)', en: 'PayTR accepted the credentials (0 transaction(s) in the last minute)' });
    const link = created(await adapter.createLink(paytrContext(emu), paytrRequest()));
    emu.markPaid(link.providerRefs.id!);
    const one = await adapter.testConnection(paytrContext(emu));
    expect(one.ok && bothLanguages(one.value.detail)).toMatchObject({ tr: expect.stringContaining('1 işlem'), en: expect.stringContaining('(1 transaction(s)') });
    const wrong = await adapter.testConnection(paytrContext(emu, { merchantSalt: 'nope' }));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth-failed', providerMessage: 'paytr_token gonderilmedi veya gecersiz' } });
  });
});

describe('PayTR rules before any request', () => {
  it('invalid input is refused in Turkish and English with zero HTTP requests', async () => {
    const before = totalRequests(emu.emulator);
    const ctx = paytrContext(emu);
    const name = await adapter.createLink(ctx, paytrRequest({ description: 'Çay' }));
    expect(withWords(name)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'description',
        userMessage: { tr: 'Açıklama en az 4, en fazla 200 karakter olmalı.', en: 'The description must be 4 to 200 characters long.' },
      },
    });
    const checks = await Promise.all([
      adapter.createLink(ctx, paytrRequest({ linkType: 'collection' })),
      adapter.createLink(ctx, paytrRequest({ cashPriceInstallments: 13 })),
      adapter.createLink(ctx, paytrRequest({ expiresAt: new Date(Date.now() - 1000).toISOString() })),
      adapter.sendSms!(ctx, linkRef('PD0000000004', { id: 'NB2Zlz3' }), '+902121234567'),
      adapter.sendEmail!(ctx, linkRef('PD0000000004', { id: 'NB2Zlz3' }), 'not-an-email'),
      createPaytrAdapter({ callbackLink: 'http://localhost/cb' }).createLink(ctx, paytrRequest()),
      deletePaytrLinks(ctx, Array.from({ length: 11 }, (_, i) => `Id${i}`)),
    ]);
    for (const result of checks) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(totalRequests(emu.emulator)).toBe(before);
  });

  it('missing credentials or a link without PayTR id fail without a request', async () => {
    const before = totalRequests(emu.emulator);
    expect(await adapter.testConnection(paytrContext(emu, { merchantKey: '' }))).toMatchObject({ ok: false, error: { code: 'credential-missing' } });
    expect(await adapter.cancel!(paytrContext(emu), linkRef('PD0000000005', {}))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(totalRequests(emu.emulator)).toBe(before);
  });
});
