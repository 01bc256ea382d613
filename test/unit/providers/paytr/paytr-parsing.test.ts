import { describe, expect, it } from 'vitest';
import {
  findQrPng,
  parseCreated,
  parseDeleteResult,
  parsePaytrReply,
  parseReport,
  paytrRefusal,
  reasonOf,
  type PaytrReply,
} from '../../../../src/main/providers/paytr/paytr-parsing';
import { toPaytrCreateFields } from '../../../../src/main/providers/paytr/paytr-request';
import { paytrRequest } from '../link-request-fixture';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';
const reply = (json: unknown): PaytrReply => {
  const parsed = parsePaytrReply(JSON.stringify(json), true);
  if (!parsed.ok) throw new Error('test reply did not parse');
  return parsed.value;
};

describe('PayTR replies', () => {
  it('reads reason, falling back to err_msg', () => {
    expect(reasonOf(reply({ status: 'failed', reason: 'Process failed. Invalid id.' }))).toBe('Process failed. Invalid id.');
    expect(reasonOf(reply({ status: 'failed', reason: '', err_msg: 'gecersiz' }))).toBe('gecersiz');
    expect(reasonOf(reply({ status: 'error', err_msg: 'Sistem hatası' }))).toBe('Sistem hatası');
    expect(reasonOf(reply({ status: 'failed' }))).toBeUndefined();
  });

  it('token and merchant problems are auth-failed; other refusals are provider-rejected, not retryable', () => {
    const token = paytrRefusal(reply({ status: 'failed', reason: 'paytr_token gonderilmedi veya gecersiz' }), 'create');
    expect(token).toMatchObject({ code: 'auth-failed', providerMessage: 'paytr_token gonderilmedi veya gecersiz' });
    const field = paytrRefusal(reply({ status: 'failed', reason: 'Zorunlu alan degeri gecersiz veya gonderilmedi (Link API - create): price' }), 'create');
    expect(field).toMatchObject({ code: 'provider-rejected', retryable: false });
    expect(field.providerMessage).toContain(': price');
  });

  it('an unreadable body is ambiguous after a side effect and unavailable on a read', () => {
    for (const text of ['<html>502</html>', '{"status":', '{"status":"maybe"}', '[]', '']) {
      const write = parsePaytrReply(text, true);
      const read = parsePaytrReply(text, false);
      expect(write.ok ? null : write.error.code).toBe('ambiguous');
      expect(read.ok ? null : read.error.code).toBe('provider-unavailable');
    }
  });
});

describe('create answers', () => {
  it('takes id and link, and the QR from any plausible field', () => {
    for (const field of ['base64_qr', 'qr', 'qr_code', 'qr_img']) {
      const created = parseCreated(reply({ status: 'success', id: 'NB2Zlz3', link: 'https://www.paytr.com/link/NB2Zlz3', [field]: PNG }));
      expect(created).toEqual({ ok: true, value: { id: 'NB2Zlz3', link: 'https://www.paytr.com/link/NB2Zlz3', qrPngBase64: PNG } });
    }
  });

  it('strips a data-URL prefix and ignores anything that is not a base64 PNG', () => {
    expect(findQrPng({ qr: `data:image/png;base64,${PNG}` })).toBe(PNG);
    expect(findQrPng({ qr: 'https://www.paytr.com/qr/NB2Zlz3.png' })).toBeUndefined();
    expect(findQrPng({ qr: '/9j/4AAQSkZJRgABAQ' })).toBeUndefined(); // a JPEG
    expect(findQrPng({ qr: { nested: PNG } })).toBeUndefined();
  });

  it('a success without a usable id or link is ambiguous (it may exist)', () => {
    expect(parseCreated(reply({ status: 'success', link: 'https://www.paytr.com/link/x' }))).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    expect(parseCreated(reply({ status: 'success', id: 'NB2Zlz3', link: 'javascript:alert(1)' }))).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
  });
});

describe('delete answers', () => {
  it('single id: plain success or the refusal', () => {
    expect(parseDeleteResult(reply({ status: 'success' }), ['A1'])).toEqual({ ok: true, value: { deleted: ['A1'], failed: [] } });
    expect(parseDeleteResult(reply({ status: 'failed', reason: 'Process failed. Invalid id.' }), ['A1'])).toMatchObject({
      ok: false,
      error: { code: 'provider-rejected', providerMessage: 'Process failed. Invalid id.' },
    });
  });

  it('batch: per-id results from success_deletes / failed_deletes; unmentioned ids count as failed', () => {
    const answer = reply({ status: 'success', success_deletes: ['A1', 'C3'], failed_deletes: ['B2'] });
    expect(parseDeleteResult(answer, ['A1', 'B2', 'C3', 'D4'])).toEqual({ ok: true, value: { deleted: ['A1', 'C3'], failed: ['B2', 'D4'] } });
    const none = reply({ status: 'failed', success_deletes: [], failed_deletes: ['A1', 'B2'], reason: 'Process failed. Invalid id.' });
    expect(parseDeleteResult(none, ['A1', 'B2'])).toEqual({ ok: true, value: { deleted: [], failed: ['A1', 'B2'] } });
  });
});

describe('report answers', () => {
  it('success rows (data or returns), failed = empty window, error = error', () => {
    expect(parseReport(reply({ status: 'success', data: [{ siparis_no: 'X' }] }))).toEqual({ ok: true, value: [{ siparis_no: 'X' }] });
    expect(parseReport(reply({ status: 'success', returns: [{ a: 1 }] }))).toEqual({ ok: true, value: [{ a: 1 }] });
    expect(parseReport(reply({ status: 'failed', err_msg: 'ilgili tarih araliginda islem bulunamadi' }))).toEqual({ ok: true, value: [] });
    expect(parseReport(reply({ status: 'failed', err_msg: 'paytr_token gonderilmedi veya gecersiz' }))).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
    expect(parseReport(reply({ status: 'error', err_msg: 'Gecersiz tarih' }))).toMatchObject({ ok: false, error: { code: 'provider-rejected' } });
    expect(parseReport(reply({ status: 'success', data: 'x' }))).toMatchObject({ ok: false, error: { code: 'provider-unavailable' } });
  });
});

describe('CreateLinkRequest → PayTR create fields', () => {
  it('product: price in kuruş as an integer string, TL, min_count signed, stock, pft, Istanbul expiry, QR', () => {
    const fields = toPaytrCreateFields(
      paytrRequest({
        description: '  Çiğ köfte  ',
        amount: { minor: 125050, currency: 'TRY' },
        maxInstallments: 6,
        cashPriceInstallments: 3,
        stock: 5,
        expiresAt: '2021-05-31T14:00:00Z',
        language: 'en',
      }),
    );
    expect(fields).toEqual({
      name: 'Çiğ köfte',
      price: '125050',
      currency: 'TL',
      max_installment: '6',
      link_type: 'product',
      lang: 'en',
      min_count: '1',
      max_count: '5',
      pft: '3',
      expiry_date: '2021-05-31 17:00:00',
      get_qr: '1',
    });
  });

  it('collection signs the e-mail; flex carries its maximum and payer name; a relay sets callback_id = reference', () => {
    const collection = toPaytrCreateFields(paytrRequest({ linkType: 'collection', customer: { email: 'a@b.co' }, amount: { minor: 100, currency: 'USD' } }));
    expect(collection).toMatchObject({ link_type: 'collection', email: 'a@b.co', currency: 'USD' });
    expect(collection).not.toHaveProperty('min_count');
    const flex = toPaytrCreateFields(paytrRequest({ linkType: 'flex', maxAmountMinor: 99900, customer: { name: 'Ayşe' } }));
    expect(flex).toMatchObject({ link_type: 'flex', flex_max_price: '99900', user_name: 'Ayşe' });
    const request = paytrRequest();
    expect(toPaytrCreateFields(request, { callbackLink: 'https://relay.example.com/p' })).toMatchObject({
      callback_link: 'https://relay.example.com/p',
      callback_id: request.reference,
    });
  });
});
