import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../../src/main/http/http-client';
import { createPaytrClient, type PaytrClient, type PaytrCreateFields } from '../../../../src/main/providers/paytr/paytr-client';
import { startPaytrEmulator, type PaytrEmulator } from '../../../emulators/paytr/paytr-emulator';

/**
 * The documented PayTR refusals, produced by the emulator's own rules and read back through the
 * client (below the adapter, so the app's own validation does not stop the request first).
 */
let emu: PaytrEmulator;
const client = (debug: boolean): PaytrClient =>
  createPaytrClient({
    baseUrl: emu.url,
    merchantId: emu.keys.merchantId,
    keys: emu.keys,
    http: createHttpClient(),
    timeoutMs: 5000,
    now: () => new Date(),
    debug,
  });

beforeAll(async () => {
  emu = await startPaytrEmulator();
});
afterAll(() => emu.stop());

const product: PaytrCreateFields = {
  name: 'Test Urun',
  price: '1445',
  currency: 'TL',
  max_installment: '12',
  link_type: 'product',
  lang: 'tr',
  min_count: '1',
};
const required = (field: string) => `Zorunlu alan degeri gecersiz veya gonderilmedi (Link API - create): ${field}`;
const optional = (field: string) => `Alan degeri gecersiz (Link API - create): ${field}`;

describe('PayTR create refusals (debug_on=1 names the field)', () => {
  it.each<[string, Partial<PaytrCreateFields>, string]>([
    ['a 3-character name', { name: 'Çay' }, required('name')],
    ['a decimal price', { price: '14.45' }, required('price')],
    ['an unknown currency', { currency: 'JPY' }, required('currency')],
    ['13 installments', { max_installment: '13' }, required('max_installment')],
    ['min_count 0', { min_count: '0' }, required('min_count')],
    ['pft 1', { pft: '1' }, optional('pft')],
    ['max_count 0', { max_count: '0' }, optional('max_count')],
    ['an expiry in the past', { expiry_date: '2020-01-01 00:00:00' }, optional('expiry_date')],
    ['an expiry in another format', { expiry_date: '2099-01-01T00:00:00' }, optional('expiry_date')],
    ['a callback_link with a port', { callback_link: 'https://relay.example.com:8443/cb', callback_id: 'A1' }, optional('callback_link')],
    ['a localhost callback_link', { callback_link: 'http://localhost/cb', callback_id: 'A1' }, optional('callback_link')],
    ['a callback_link without callback_id', { callback_link: 'https://relay.example.com/cb' }, optional('callback_id')],
    ['a callback_id with a dash', { callback_id: 'PD-1' }, optional('callback_id')],
  ])('%s', async (_name, change, reason) => {
    const result = await client(true).createLink({ ...product, ...change } as PaytrCreateFields);
    expect(result).toMatchObject({ ok: false, error: { code: 'provider-rejected', retryable: false, providerMessage: reason } });
  });

  it('collection without e-mail and flex without maximum are missing required fields', async () => {
    const collection = await client(true).createLink({ ...product, link_type: 'collection', email: '' } as PaytrCreateFields);
    expect(collection).toMatchObject({ ok: false, error: { providerMessage: required('email') } });
    const flex = await client(true).createLink({ ...product, link_type: 'flex', flex_max_price: '1000' } as PaytrCreateFields);
    expect(flex).toMatchObject({ ok: false, error: { providerMessage: required('flex_max_price') } });
  });

  it('without debug_on the reason does not name the field', async () => {
    const result = await client(false).createLink({ ...product, name: 'abc' });
    expect(result).toMatchObject({ ok: false, error: { providerMessage: 'Zorunlu alan degeri gecersiz veya gonderilmedi' } });
  });
});

describe('PayTR send refusals', () => {
  it('a cell phone not in 05XXXXXXXXX form, and an unknown id', async () => {
    const created = await client(true).createLink(product);
    if (!created.ok) throw new Error('create failed');
    const badPhone = await client(true).sendSms(created.value.id, '5551234567');
    expect(badPhone).toMatchObject({
      ok: false,
      error: { code: 'provider-rejected', providerMessage: 'Zorunlu alan degeri gecersiz veya gonderilmedi (Link API - send-sms): cell_phone' },
    });
    const badMail = await client(true).sendEmail(created.value.id, 'x'.repeat(95) + '@b.com');
    expect(badMail).toMatchObject({ ok: false, error: { providerMessage: expect.stringContaining('send-email): email') } });
    const unknown = await client(true).sendSms('Unknown', '05551234567');
    expect(unknown).toMatchObject({ ok: false, error: { providerMessage: 'Process failed. Invalid id.' } });
  });
});

describe('PayTR report refusals', () => {
  it('a window over 3 days is an error; a bad token is auth-failed', async () => {
    const long = await client(true).transactionReport('2025-01-01 00:00:00', '2025-01-05 00:00:00');
    expect(long).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'Tarih araligi en fazla 3 gun olabilir' } });
    const wrongKey = createPaytrClient({
      baseUrl: emu.url,
      merchantId: emu.keys.merchantId,
      keys: { merchantKey: 'x', merchantSalt: 'y' },
      http: createHttpClient(),
      timeoutMs: 5000,
      now: () => new Date(),
      debug: true,
    });
    const auth = await wrongKey.transactionReport('2025-01-01 00:00:00', '2025-01-01 00:01:00');
    expect(auth).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
  });
});
