import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { paytrVerdict } from '../../../../src/main/callbacks/paytr-callback';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

/**
 * Hashes pinned with openssl from the documented formula (docs/providers/paytr.md), key `KEY`,
 * salt `SALT`: printf %s 'PD0123456789AB' 'PL12345' 'SALT' 'success' '1445' | openssl dgst -sha256 -hmac KEY -binary | base64
 */
const keys = { merchantKey: 'KEY', merchantSalt: 'SALT' };
const PAID_1445 = '7oeOU7hz5EIFBb0SrybObSG9VDXE6ufEk5u5NK8Kd6Q=';
const PAID_1545 = 'ShGo0PStnybDhB6+1hzkyVJ9QTdZGYyJx0ek84WejGY=';
const FAILED_1445 = 'dFeqpyLI1f6CoqKoUKKvGIdDHsmuIw8jIWnGudFBMA0=';

const form = (fields: Record<string, string>) =>
  new URLSearchParams({
    merchant_oid: 'PL12345',
    status: 'success',
    total_amount: '1445',
    hash: PAID_1445,
    failed_reason_code: '',
    failed_reason_msg: '',
    test_mode: '1',
    payment_type: 'card',
    currency: 'TL',
    payment_amount: '1445',
    callback_id: 'PD0123456789AB',
    merchant_id: '123456',
    ...fields,
  }).toString();

describe('PayTR callback verdict', () => {
  it('a genuine payment: paid, with the reference (callback_id), merchant_oid and amounts', () => {
    expect(paytrVerdict(form({}), keys)).toEqual({
      kind: 'paid',
      reference: 'PD0123456789AB',
      merchantOid: 'PL12345',
      totalAmountMinor: 1445,
      paymentAmountMinor: 1445,
      paymentType: 'card',
      currency: 'TL',
      testMode: true,
    });
  });

  it('installment interest: total_amount above the price is signed and kept beside payment_amount', () => {
    expect(paytrVerdict(form({ total_amount: '1545', hash: PAID_1545 }), keys)).toMatchObject({ kind: 'paid', totalAmountMinor: 1545, paymentAmountMinor: 1445 });
  });

  it('a genuine failure report is a failure, not a payment', () => {
    expect(paytrVerdict(form({ status: 'failed', hash: FAILED_1445, failed_reason_code: '6', failed_reason_msg: 'Yetersiz bakiye' }), keys)).toMatchObject({
      kind: 'failed',
      reasonCode: '6',
      reasonMessage: 'Yetersiz bakiye',
    });
  });

  it.each([
    ['another amount under the same hash', { total_amount: '14450' }],
    ['another link under the same hash', { callback_id: 'PD0123456789AC' }],
    ['another payment under the same hash', { merchant_oid: 'PL12346' }],
    ['success turned failure', { status: 'failed' }],
    ['a truncated hash', { hash: PAID_1445.slice(0, -2) }],
    ['a hex hash', { hash: Buffer.from(PAID_1445, 'base64').toString('hex') }],
  ])('forged: %s', (_name, fields) => {
    expect(paytrVerdict(form(fields), keys).kind).toBe('forged');
  });

  it('forged under other keys', () => {
    expect(paytrVerdict(form({}), { merchantKey: 'KEY', merchantSalt: 'OTHER' }).kind).toBe('forged');
    expect(paytrVerdict(form({}), { merchantKey: 'OTHER', merchantSalt: 'SALT' }).kind).toBe('forged');
  });

  it.each([
    ['empty', ''],
    ['JSON', '{"merchant_oid":"PL1"}'],
    ['no hash', form({}).replace(/&?hash=[^&]*/, '')],
    ['a field twice', `${form({})}&total_amount=1`],
    ['an amount with a dot', form({ total_amount: '14.45' })],
    ['an unknown status', form({ status: 'paid' })],
    ['a callback_id with a dash', form({ callback_id: 'PD-1' })],
  ])('unreadable: %s', (_name, body) => {
    expect(paytrVerdict(body, keys)).toEqual({ kind: 'unreadable' });
  });

  it('compares with crypto.timingSafeEqual, also when the hash has the wrong length', () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    paytrVerdict(form({}), keys);
    paytrVerdict(form({ hash: 'short' }), keys);
    expect(compare).toHaveBeenCalledTimes(2);
  });
});
