import { describe, expect, it } from 'vitest';
import { buildDayEndReport, dayEndInstants, dayEndRangeSchema, dayEndRangeText } from '../../../src/shared/domain/day-end-report';
import { linkRecord } from '../../support/history-records';

const day = { fromDay: '2026-11-01', toDay: '2026-11-01' };

describe('day-end arithmetic', () => {
  it('sums exact kuruş per currency and never adds currencies together', () => {
    const report = buildDayEndReport(day, [
      linkRecord(1, { amount: { minor: 125_050, currency: 'TRY' } }),
      linkRecord(2, { amount: { minor: 1, currency: 'TRY' } }),
      linkRecord(3, { amount: { minor: 9_999, currency: 'EUR' } }),
      linkRecord(4, { amount: { minor: 33, currency: 'TRY' }, status: 'paid', paidAmountMinor: 33 }),
    ]);
    expect(report.made).toEqual({ count: 4, byCurrency: { TRY: { count: 3, sumMinor: 125_084 }, EUR: { count: 1, sumMinor: 9_999 } } });
    expect(report.groups.open).toEqual({ count: 3, byCurrency: { TRY: { count: 2, sumMinor: 125_051 }, EUR: { count: 1, sumMinor: 9_999 } } });
    expect(report.groups.paid).toEqual({ count: 1, byCurrency: { TRY: { count: 1, sumMinor: 33 } } });
  });

  it('counts each status in its group; failed and unknown are "unconfirmed"', () => {
    const statuses = ['paid', 'active', 'expired', 'cancelled', 'failed', 'unknown'] as const;
    const report = buildDayEndReport(day, statuses.map((status, i) => linkRecord(i, { status, amount: { minor: 100, currency: 'TRY' } })));
    expect(Object.fromEntries(Object.entries(report.groups).map(([g, b]) => [g, b.count]))).toEqual({
      paid: 1,
      open: 1,
      expired: 1,
      cancelled: 1,
      unconfirmed: 2,
    });
  });

  it('a paid link counts what was paid (an open-amount link), the made line counts its amount', () => {
    const report = buildDayEndReport(day, [
      linkRecord(1, { linkType: 'open-amount', amount: { minor: 100_00, currency: 'TRY' }, status: 'paid', paidAmountMinor: 250_75 }),
    ]);
    expect(report.made.byCurrency.TRY).toEqual({ count: 1, sumMinor: 100_00 });
    expect(report.groups.paid.byCurrency.TRY).toEqual({ count: 1, sumMinor: 250_75 });
  });

  it('groups per provider (in the fixed order) and per account, and lists what was marked paid by hand', () => {
    const marked = linkRecord(2, {
      provider: 'paynet',
      accountId: 'acc_paynetdukkan1',
      accountLabel: 'Dükkân Paynet',
      status: 'paid',
      timeline: [
        { at: '2026-11-01T09:02:00.000Z', kind: 'created', outcome: 'ok' },
        { at: '2026-11-01T12:00:00.000Z', kind: 'marked-paid', outcome: 'ok' },
      ],
    });
    const report = buildDayEndReport(day, [marked, linkRecord(1), linkRecord(3)]);
    expect(report.providers.map((p) => [p.provider, p.made.count])).toEqual([
      ['paytr', 2],
      ['paynet', 1],
    ]);
    expect(report.accounts.map((a) => [a.label, a.groups.paid.count])).toEqual([
      ['Dükkân Paynet', 1],
      ['PayTR Mağaza', 0],
    ]);
    expect(report.markedPaid).toEqual([
      { reference: marked.reference, at: '2026-11-01T12:00:00.000Z', description: 'Ürün 2', accountLabel: 'Dükkân Paynet', amount: marked.amount },
    ]);
  });

  it('leaves out İşbank service payments (not links)', () => {
    const report = buildDayEndReport(day, [linkRecord(1, { kind: 'service-payment', provider: 'isbank' }), linkRecord(2)]);
    expect(report.made.count).toBe(1);
  });
});

describe('day-end range', () => {
  it('is the Istanbul calendar days, both included', () => {
    const { from, until, days } = dayEndInstants({ fromDay: '2026-11-30', toDay: '2026-12-01' });
    expect(from.toISOString()).toBe('2026-11-29T21:00:00.000Z');
    expect(until.toISOString()).toBe('2026-12-01T21:00:00.000Z');
    expect(days).toBe(2);
  });

  it('refuses a reversed range, an impossible date and more than 366 days', () => {
    expect(dayEndRangeSchema.safeParse({ fromDay: '2026-11-02', toDay: '2026-11-01' }).success).toBe(false);
    expect(dayEndRangeSchema.safeParse({ fromDay: '2026-02-30', toDay: '2026-03-01' }).success).toBe(false);
    expect(dayEndRangeSchema.safeParse({ fromDay: '2025-01-01', toDay: '2026-01-02' }).success).toBe(false);
    expect(dayEndRangeSchema.safeParse({ fromDay: '2025-01-01', toDay: '2026-01-01' }).success).toBe(true);
  });
});

describe('day-end range text', () => {
  it('writes days the Turkish way', () => {
    expect(dayEndRangeText({ fromDay: '2026-11-01', toDay: '2026-11-01' })).toBe('01.11.2026');
    expect(dayEndRangeText({ fromDay: '2026-11-01', toDay: '2026-11-30' })).toBe('01.11.2026 – 30.11.2026');
  });
});
