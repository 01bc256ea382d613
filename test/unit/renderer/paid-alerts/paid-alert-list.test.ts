import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../src/shared/domain/money';
import { paidAlertOf, paidAlertSchema, type PaidAlert } from '../../../../src/shared/domain/paid-alert';
import { alertSubject, visibleAlerts, withAlert, withoutAlert } from '../../../../src/renderer/src/features/paid-alerts/paid-alert-list';
import { chimeOncePerBatch } from '../../../../src/renderer/src/features/paid-alerts/paid-chime';

const alert = (n: number, over: Partial<PaidAlert> = {}): PaidAlert => ({
  reference: `PDALERT${String(n).padStart(10, '0')}`,
  amount: { minor: 125_050 * n, currency: 'TRY' },
  description: `Sipariş ${n}`,
  accountLabel: 'Paynet Kasa',
  ...over,
});

describe('the paid alert stack', () => {
  it('stacks newest first and never replaces another payment', () => {
    let list: PaidAlert[] = [];
    for (const n of [1, 2, 3]) list = withAlert(list, alert(n));
    expect(list.map((a) => a.description)).toEqual(['Sipariş 3', 'Sipariş 2', 'Sipariş 1']);
  });

  it('shows the same link once, moved to the top', () => {
    const list = withAlert(withAlert(withAlert([], alert(1)), alert(2)), alert(1));
    expect(list.map((a) => a.description)).toEqual(['Sipariş 1', 'Sipariş 2']);
  });

  it('closing one keeps the others', () => {
    const list = [alert(3), alert(2), alert(1)];
    expect(withoutAlert(list, alert(2).reference).map((a) => a.description)).toEqual(['Sipariş 3', 'Sipariş 1']);
  });

  it('caps the cards on screen and counts the rest', () => {
    const list = [7, 6, 5, 4, 3, 2, 1].map((n) => alert(n));
    const { shown, more } = visibleAlerts(list);
    expect(shown.map((a) => a.description)).toEqual(['Sipariş 7', 'Sipariş 6', 'Sipariş 5', 'Sipariş 4', 'Sipariş 3']);
    expect(more).toBe(2);
    expect(visibleAlerts(list.slice(0, 2))).toMatchObject({ more: 0 });
  });

  it('names the customer and what was sold; amounts in Turkish format', () => {
    expect(alertSubject(alert(1, { customerName: 'Ayşe Yılmaz' }))).toBe('Ayşe Yılmaz · Sipariş 1');
    expect(alertSubject(alert(1))).toBe('Sipariş 1');
    expect(formatMoney(alert(1).amount)).toBe('1.250,50 ₺');
  });
});

describe('paidAlertOf', () => {
  const record = {
    reference: 'PDALERT0000000009',
    amount: { minor: 200_000, currency: 'TRY' },
    customer: { name: '  Hüseyin Doğan ', phone: '+905321112233' },
    description: 'Halı yıkama',
    accountLabel: 'Paynet Kasa',
  } as Parameters<typeof paidAlertOf>[0];

  it('takes the paid amount when the provider said it, and only what the card shows', () => {
    const made = paidAlertOf({ ...record, paidAmountMinor: 150_000 });
    expect(made).toEqual({
      reference: 'PDALERT0000000009',
      amount: { minor: 150_000, currency: 'TRY' },
      customerName: 'Hüseyin Doğan',
      description: 'Halı yıkama',
      accountLabel: 'Paynet Kasa',
    });
    expect(paidAlertSchema.parse(made)).toEqual(made);
    expect(paidAlertOf({ ...record, customer: {} })).not.toHaveProperty('customerName');
    expect(paidAlertOf(record).amount.minor).toBe(200_000);
  });
});

describe('the chime', () => {
  it('plays once per batch of payments, and again after a pause', () => {
    let now = 10_000;
    let plays = 0;
    const ring = chimeOncePerBatch(() => plays++, () => now, 1500);
    ring();
    now += 200;
    ring();
    now += 1000;
    ring();
    expect(plays).toBe(1);
    now += 1500;
    ring();
    expect(plays).toBe(2);
  });
});
