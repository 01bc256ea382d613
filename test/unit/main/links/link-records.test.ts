import { describe, expect, it } from 'vitest';
import { createdLinkRecord, sendEvent, servicePaymentRecord, withEvent } from '../../../../src/shared/domain/link-records';
import { linkRequestIssues, sendTargetIssues } from '../../../../src/shared/rules/link-rules';
import { paynetCapabilities } from '../../../../src/main/providers/paynet/paynet-adapter';
import { paytrCapabilities } from '../../../../src/main/providers/paytr/paytr-adapter';
import type { Account } from '../../../../src/shared/domain/account';
import { linkRecordSchema } from '../../../../src/shared/domain/link-record';
import { AppFailure } from '../../../../src/shared/result';
import { paynetRequest, paytrRequest } from '../../providers/link-request-fixture';

const at = '2025-07-01T10:00:00.000Z';
const account = (provider: 'paynet' | 'isbank'): Account =>
  ({ id: 'acc_0123456789abcdef', label: 'Dükkân', provider, environment: 'custom', settings: {}, createdAt: at, updatedAt: at }) as Account;

describe('history records made by the link service', () => {
  it('a created link: request facts, URL, provider refs, and Paynet’s own sends on the timeline', () => {
    const request = paynetRequest({ notifyBySms: true, customer: { name: 'Ayşe Yılmaz', phone: '+905321234567' } });
    const record = createdLinkRecord({ account: account('paynet'), capabilities: paynetCapabilities, request, created: { url: 'https://pay.example/x', providerRefs: { reference_no: request.reference } }, at });
    expect(linkRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ reference: request.reference, accountLabel: 'Dükkân', status: 'active', url: 'https://pay.example/x', amount: request.amount });
    expect(record.timeline.map((e) => [e.kind, e.channel])).toEqual([['created', undefined], ['sent', 'sms']]);
  });

  it('a link the user confirmed after a lost answer: no URL, status unknown, no send assumed', () => {
    const request = paynetRequest({ notifyBySms: true, customer: { name: 'Ayşe Yılmaz', phone: '+905321234567' } });
    const record = createdLinkRecord({ account: account('paynet'), capabilities: paynetCapabilities, request, created: { providerRefs: {} }, at, status: 'unknown', note: 'user-confirmed', providerActed: false });
    expect(record.url).toBeUndefined();
    expect(record.timeline).toEqual([{ at, kind: 'created', outcome: 'ok', note: 'user-confirmed' }]);
    expect(linkRecordSchema.safeParse(record).success).toBe(true);
  });

  it('an İşbank service payment keeps the payment facts; a zero overdraft is left out', () => {
    const payment = { paymentId: '2493761', executionDate: '2020-08-14T10:03:14.7450165+03:00', amountMinor: 90_000, currency: 'TRY', overdraftAmountMinor: 0, overdraftCurrency: 'TRY', sosUsed: false };
    const record = servicePaymentRecord({ account: account('isbank'), reference: 'PD0000000000SERVICE', serviceId: '10065', amount: { minor: 90_000, currency: 'TRY' }, payment, at });
    expect(linkRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ kind: 'service-payment', status: 'paid', paidAmountMinor: 90_000, servicePayment: { paymentId: '2493761', overdraft: { currency: 'TRY' }, sosUsed: false } });
    expect(record.servicePayment?.overdraft?.minor).toBeUndefined();
    const withOverdraft = servicePaymentRecord({ account: account('isbank'), reference: 'PD0000000000SERVICE', serviceId: '10065', amount: { minor: 90_000, currency: 'TRY' }, payment: { ...payment, overdraftAmountMinor: 1_500, sosUsed: true }, at });
    expect(withOverdraft.servicePayment).toMatchObject({ overdraft: { minor: 1_500, currency: 'TRY' }, sosUsed: true });
  });

  it('sends on the timeline carry their outcome; the timeline stays within its bound, keeping the creation', () => {
    const failed = sendEvent('email', 'a@b.co', at, AppFailure.of('provider-rejected', 'no').error);
    expect(failed).toMatchObject({ kind: 'sent', outcome: 'failed', channel: 'email', detail: 'a@b.co', error: { code: 'provider-rejected' } });
    let record = createdLinkRecord({ account: account('paynet'), capabilities: paynetCapabilities, request: paynetRequest(), created: { url: 'https://pay.example/x', providerRefs: {} }, at });
    for (let i = 0; i < 510; i++) record = withEvent(record, sendEvent('sms', '+905321234567', at));
    expect(record.timeline).toHaveLength(500);
    expect(record.timeline[0]?.kind).toBe('created');
  });
});

describe('what the link service checks before writing the intent', () => {
  it('capabilities first, then the provider rules; one issue per field', () => {
    const issues = linkRequestIssues('paynet', paynetCapabilities, paynetRequest({ linkType: 'product', maxInstallments: 6 }), new Date());
    expect(issues.map((i) => i.field)).toEqual(['linkType', 'maxInstallments']);
    expect(issues[0]?.message.tr).toBeTruthy();
    expect(linkRequestIssues('paytr', paytrCapabilities, paytrRequest(), new Date())).toEqual([]);
  });

  it('send targets: E.164 and the provider’s own phone rule, or a valid e-mail', () => {
    expect(sendTargetIssues('paytr', 'sms', '+905321234567')).toEqual([]);
    expect(sendTargetIssues('paytr', 'sms', '05321234567').map((i) => i.field)).toEqual(['to']);
    expect(sendTargetIssues('paytr', 'sms', '+4915112345678').map((i) => i.field)).toEqual(['to']);
    expect(sendTargetIssues('paytr', 'email', 'musteri@example.com')).toEqual([]);
    expect(sendTargetIssues('paytr', 'email', 'musteri@')).toHaveLength(1);
  });
});
