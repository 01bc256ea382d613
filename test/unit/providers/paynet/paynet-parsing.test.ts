import { describe, expect, it } from 'vitest';
import {
  detailBody,
  detailSchema,
  paynetCodeError,
  paynetStatusError,
  transactionRowsSchema,
} from '../../../../src/main/providers/paynet/paynet-parsing';
import { toPaynetCreateBody, toStatusSnapshot } from '../../../../src/main/providers/paynet/paynet-request';
import { istanbulDate } from '../../../../src/shared/domain/istanbul-time';
import { paynetRequest } from '../link-request-fixture';

const now = new Date('2025-03-10T09:00:00Z');
const write = { action: 'create', sideEffect: true };
const read = { action: 'detail', sideEffect: false };

describe('Paynet result codes', () => {
  it.each([
    [1, 'provider-rejected', 'provider-rejected'],
    [2, 'provider-rejected', 'provider-rejected'],
    [5, 'provider-rejected', 'provider-rejected'],
    [7, 'auth-failed', 'auth-failed'],
    [8, 'ambiguous', 'provider-unavailable'],
    [10, 'ambiguous', 'provider-unavailable'],
    [11, 'provider-rejected', 'provider-rejected'],
    [12, 'not-found', 'not-found'],
  ])('code %d → %s on a side effect, %s on a read', (code, onWrite, onRead) => {
    const envelope = { code, message: 'Paynet’in mesajı' };
    expect(paynetCodeError(envelope, write)).toMatchObject({ code: onWrite, providerMessage: 'Paynet’in mesajı' });
    expect(paynetCodeError(envelope, read).code).toBe(onRead);
  });

  it('non-200 envelopes: 401/403 auth, 404 + result_code 12 no record, other 4xx rejected with the message', () => {
    const env = (code: number, resultCode: number) => JSON.stringify({ type: 'x', message: 'Açıklama', code, result_code: resultCode });
    expect(paynetStatusError(401, env(401, 7), read)).toMatchObject({ code: 'auth-failed', providerMessage: 'Açıklama' });
    expect(paynetStatusError(403, env(403, 7), read).code).toBe('auth-failed');
    expect(paynetStatusError(404, env(404, 12), read).code).toBe('not-found');
    expect(paynetStatusError(404, '<html>Not Found</html>', read).code).toBe('provider-rejected');
    expect(paynetStatusError(400, env(400, 11), write)).toMatchObject({ code: 'provider-rejected', retryable: false, providerMessage: 'Açıklama' });
    expect(paynetStatusError(405, env(405, 9), write).code).toBe('provider-rejected');
  });
});

describe('Paynet bodies', () => {
  it('transaction rows: amounts in major units converted exactly, is_succeed in any spelling', () => {
    const rows = transactionRowsSchema.parse([
      { xact_id: 'X1', amount: 149.99, is_succeed: true },
      { xact_id: 2, amount: '0.10', is_succeed: 'false' },
      { amount: 1000000.01, is_succeed: 1 },
    ]);
    expect(rows.map((r) => [r.amount, r.is_succeed])).toEqual([
      [14999, true],
      [10, false],
      [100000001, true],
    ]);
    expect(transactionRowsSchema.safeParse([{ amount: 'bedava', is_succeed: true }]).success).toBe(false);
  });

  it('detail fields may sit at the top or under Data', () => {
    expect(detailSchema.parse(detailBody({ code: 0, reference_no: 'PD1', amount: 10 })).amount).toBe(1000);
    expect(detailSchema.parse(detailBody({ code: 0, Data: { reference_no: 'PD1', amount: '10.5' } })).amount).toBe(1050);
    expect(detailSchema.parse(detailBody({ code: 0, Data: [{ reference_no: 'PD1', amount: 1 }] })).reference_no).toBe('PD1');
  });
});

describe('CreateLinkRequest → Paynet create body', () => {
  it('amount as an exact JSON number, our reference, hours rounded up, note from the description', () => {
    const request = paynetRequest({ amount: { minor: 14999, currency: 'TRY' }, expiresAt: '2025-03-13T08:30:00Z' });
    const body = toPaynetCreateBody(request, { now, agentId: '1234' });
    expect(body).toEqual({
      name_surname: 'Ayşe Yılmaz',
      amount: 149.99,
      reference_no: request.reference,
      note: 'Kasım ayı aidatı',
      send_sms: false,
      send_mail: false,
      expire_date: 72,
      agent_id: '1234',
    });
    expect(JSON.stringify(body)).toContain('"amount":149.99');
  });

  it.each([
    [1, '0.01'],
    [10, '0.1'],
    [100, '1'],
    [123456789, '1234567.89'],
    [1000000000001, '10000000000.01'],
  ])('%d kuruş is sent as %s', (minor, json) => {
    const body = toPaynetCreateBody(paynetRequest({ amount: { minor, currency: 'TRY' } }), { now });
    expect(JSON.stringify(body.amount)).toBe(json);
  });

  it('phone (10 digits) and e-mail only when Paynet is to send the link there', () => {
    const customer = { name: 'Ali', phone: '+905551234567', email: 'ali@example.com' };
    expect(toPaynetCreateBody(paynetRequest({ customer }), { now })).not.toHaveProperty('phone');
    const sent = toPaynetCreateBody(paynetRequest({ customer, notifyBySms: true, notifyByEmail: true }), { now });
    expect(sent).toMatchObject({ send_sms: true, phone: '5551234567', send_mail: true, email: 'ali@example.com' });
  });

  it('today in Istanbul for list windows', () => {
    expect(istanbulDate(new Date('2025-03-10T20:59:59Z'))).toBe('2025-03-10');
    expect(istanbulDate(new Date('2025-03-10T21:00:00Z'))).toBe('2025-03-11');
  });
});

describe('status snapshot', () => {
  const detail = { reference_no: 'PD1', amount: 14999, status: '0' };
  const row = (amount: number, is_succeed: boolean) => ({ xact_id: `X${amount}`, xact_date: '2025-03-10T10:00:00', amount, is_succeed });

  it('paid when a succeeded transaction covers the link amount', () => {
    expect(toStatusSnapshot(detail, [row(14999, false), row(15500, true)])).toEqual({
      status: 'paid',
      paidAmountMinor: 15500,
      paidAt: '2025-03-10T10:00:00',
      details: { reference_no: 'PD1', providerStatus: '0', xact_id: 'X15500' },
    });
  });

  it('active when nothing succeeded or the amount falls short', () => {
    expect(toStatusSnapshot(detail, [])).toMatchObject({ status: 'active' });
    expect(toStatusSnapshot(detail, [row(14999, false)])).toMatchObject({ status: 'active' });
    expect(toStatusSnapshot(detail, [row(14998, true)])).toMatchObject({ status: 'active' });
  });

  it('cancelled when the link was made passive (status 3) and nothing was paid; a payment still wins', () => {
    const passive = { ...detail, status: '3' };
    expect(toStatusSnapshot(passive, [row(14999, false)])).toEqual({
      status: 'cancelled',
      details: { reference_no: 'PD1', providerStatus: '3' },
    });
    expect(toStatusSnapshot(passive, [row(14999, true)])).toMatchObject({ status: 'paid', paidAmountMinor: 14999 });
  });
});
