import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  paytrCallbackHash,
  paytrCreateMessage,
  paytrCreateToken,
  paytrDeleteToken,
  paytrEmailToken,
  paytrReportToken,
  paytrSmsToken,
  verifyPaytrCallback,
  type PaytrCreateSigned,
} from '../../../../src/main/providers/paytr/paytr-signing';

const keys = { merchantKey: 'KEY', merchantSalt: 'SALT' };
/** Independent of the code under test: the formula from docs/providers/paytr.md, straight on node:crypto. */
const independent = (messageWithSalt: string) => createHmac('sha256', 'KEY').update(messageWithSalt, 'utf8').digest('base64');

describe('PayTR worked vectors (docs/providers/paytr.md)', () => {
  it('create product: Test Urun, 1445 TL, 12 installments, tr, min_count 1', () => {
    const fields: PaytrCreateSigned = {
      name: 'Test Urun',
      price: '1445',
      currency: 'TL',
      max_installment: '12',
      link_type: 'product',
      lang: 'tr',
      min_count: '1',
    };
    expect(paytrCreateMessage(fields)).toBe('Test Urun1445TL12producttr1');
    expect(paytrCreateToken(keys, fields)).toBe('knEKj2gSTUCE9ejew6J+2waWOJLYMGtbUek+sPPnK18=');
  });

  it('send-sms: NB2Zlz3 to 05551234567 for merchant 123456', () => {
    expect(paytrSmsToken(keys, { id: 'NB2Zlz3', merchantId: '123456', cellPhone: '05551234567' })).toBe(
      '0hWwfdgVkiSg/pfwPsk+Dx2Orge3J4DOQp8Z/2oXDJQ=',
    );
  });
});

describe('own vectors for every call type (pinned, and recomputed independently)', () => {
  const cases: Array<[string, string, () => string, string]> = [
    [
      'create collection (signs email)',
      'Fatura 2024/117250000TL1collectiontrmusteri@example.com',
      () =>
        paytrCreateToken(keys, {
          name: 'Fatura 2024/117',
          price: '250000',
          currency: 'TL',
          max_installment: '1',
          link_type: 'collection',
          lang: 'tr',
          email: 'musteri@example.com',
        }),
      'e5t550FZAD2xX5gTenWczBmvEhRUNGEmfzK+Y/BOA0I=',
    ],
    [
      'create flex (signs neither min_count nor email)',
      'Serbest Bağış1000USD6flexen',
      () =>
        paytrCreateToken(keys, {
          name: 'Serbest Bağış',
          price: '1000',
          currency: 'USD',
          max_installment: '6',
          link_type: 'flex',
          lang: 'en',
        }),
      '7mI5KCf3elrLkeF4qFsYgaIB1GDvZpVoaZbePBY/LoQ=',
    ],
    [
      'create product with a Turkish-character name (UTF-8 bytes)',
      'Çiğ köfte dürüm (İŞÖĞÜ ışığı)14999TL3producttr2',
      () =>
        paytrCreateToken(keys, {
          name: 'Çiğ köfte dürüm (İŞÖĞÜ ışığı)',
          price: '14999',
          currency: 'TL',
          max_installment: '3',
          link_type: 'product',
          lang: 'tr',
          min_count: '2',
        }),
      'f8hpAo3mB0J5iUK/OM6aKFYoqur+y8mFI+VKjW4bxSA=',
    ],
    ['delete one id', 'NB2Zlz3123456', () => paytrDeleteToken(keys, { id: 'NB2Zlz3', merchantId: '123456' }), 'yjOJNKYzGs/jDKhZu/KQ5gxWS0Y+tB02reEbKMAVWhs='],
    [
      'delete a comma-joined batch',
      'NB2Zlz3,Ab12Cd3,ZZ9yy8x123456',
      () => paytrDeleteToken(keys, { id: 'NB2Zlz3,Ab12Cd3,ZZ9yy8x', merchantId: '123456' }),
      'YJ0pkKxnzvLrwcJgCeJjNI8j/DnleO3tVs2ps111R5s=',
    ],
    [
      'send-email',
      'NB2Zlz3123456ayse@example.com',
      () => paytrEmailToken(keys, { id: 'NB2Zlz3', merchantId: '123456', email: 'ayse@example.com' }),
      'G7MklSytmsOKvCCw+Jmy9jEoa2ps74jPUn7/hHiZbFE=',
    ],
    [
      'transaction report',
      '1234562024-05-31 17:00:002024-05-31 17:01:00',
      () => paytrReportToken(keys, { merchantId: '123456', startDate: '2024-05-31 17:00:00', endDate: '2024-05-31 17:01:00' }),
      '0GXFq6lpAjQqKdKP20B4G924U5sBQJh1pZ8CMEjancI=',
    ],
  ];

  it.each(cases)('%s', (_name, message, token, pinned) => {
    expect(independent(message + 'SALT')).toBe(pinned);
    expect(token()).toBe(pinned);
  });

  it('create messages end with min_count (product), email (collection), nothing (flex)', () => {
    const common = { name: 'Ürün adı', price: '100', currency: 'TL', max_installment: '1', lang: 'tr' };
    expect(paytrCreateMessage({ ...common, link_type: 'product', min_count: '3' })).toBe('Ürün adı100TL1producttr3');
    expect(paytrCreateMessage({ ...common, link_type: 'collection', email: 'a@b.co' })).toBe('Ürün adı100TL1collectiontra@b.co');
    expect(paytrCreateMessage({ ...common, link_type: 'flex' })).toBe('Ürün adı100TL1flextr');
  });
});

describe('callback hash (salt in the middle)', () => {
  const fields = { callbackId: 'PD0123456789AB', merchantOid: 'PL12345', status: 'success', totalAmount: '1445' };
  const pinned = '7oeOU7hz5EIFBb0SrybObSG9VDXE6ufEk5u5NK8Kd6Q=';

  it('matches the documented formula', () => {
    expect(independent('PD0123456789AB' + 'PL12345' + 'SALT' + 'success' + '1445')).toBe(pinned);
    expect(paytrCallbackHash(keys, fields)).toBe(pinned);
  });

  it('accepts the genuine hash and refuses anything else', () => {
    expect(verifyPaytrCallback(keys, { ...fields, hash: pinned })).toBe(true);
    expect(verifyPaytrCallback(keys, { ...fields, totalAmount: '14450', hash: pinned })).toBe(false);
    expect(verifyPaytrCallback(keys, { ...fields, hash: pinned.slice(0, -2) })).toBe(false);
    expect(verifyPaytrCallback(keys, { ...fields, hash: '' })).toBe(false);
    expect(verifyPaytrCallback({ merchantKey: 'KEY', merchantSalt: 'OTHER' }, { ...fields, hash: pinned })).toBe(false);
  });
});
