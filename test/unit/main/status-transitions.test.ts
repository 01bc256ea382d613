import { describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { paidNotification } from '../../../src/main/status/paid-notification';
import { PollBackoff } from '../../../src/main/status/poll-backoff';
import { applyCheck, applyExpiry } from '../../../src/main/status/status-transitions';

const created = '2026-11-22T09:00:00.000Z';
const now = new Date('2026-11-22T10:00:00.000Z');
const later = new Date('2026-11-22T10:05:00.000Z');

const record = (over: Partial<LinkRecord> = {}): LinkRecord => ({
  reference: 'PD0000000001',
  kind: 'link',
  accountId: 'acc_paynet0001',
  provider: 'paynet',
  accountLabel: 'Paynet Merkez',
  createdAt: created,
  updatedAt: created,
  linkType: 'amount',
  amount: { minor: 125_050, currency: 'TRY' },
  description: 'Okul çantası',
  customer: { name: 'Ayşe Yılmaz' },
  maxInstallments: 1,
  url: 'https://pts-api.paynet.com.tr/paylink/abc',
  providerRefs: { reference_no: 'PD0000000001' },
  status: 'active',
  timeline: [{ at: created, kind: 'created', outcome: 'ok' }],
  ...over,
});
const snapshot = (status: LinkRecord['status'], details: Record<string, string> = {}, extra = {}) =>
  ({ kind: 'snapshot', snapshot: { status, details, ...extra } }) as const;
const down = { kind: 'failed', error: { code: 'provider-unavailable', message: 'Paynet: HTTP 503', retryable: true } } as const;
const kindsOf = (r: LinkRecord) => r.timeline.map((e) => `${e.kind}:${e.outcome}`);

describe('applyCheck', () => {
  it('paid: status, amount, time, facts and one timeline event; only the first time', () => {
    const first = applyCheck(record(), snapshot('paid', { xact_id: 'X1' }, { paidAmountMinor: 130_000, paidAt: '2026-11-22T09:30:00' }), now);
    expect(first).toMatchObject({ changed: true, becamePaid: true });
    expect(first.record).toMatchObject({
      status: 'paid',
      paidAmountMinor: 130_000,
      paidAt: '2026-11-22T09:30:00',
      statusCheckedAt: now.toISOString(),
      statusDetails: { xact_id: 'X1' },
      updatedAt: now.toISOString(),
    });
    expect(first.record.timeline.at(-1)).toEqual({ at: now.toISOString(), kind: 'paid', outcome: 'ok', detail: '1.300,00 ₺ · X1' });
    const again = applyCheck(first.record, snapshot('paid', { xact_id: 'X1' }), later);
    expect(again.becamePaid).toBe(false);
    expect(kindsOf(again.record)).toEqual(['created:ok', 'paid:ok']);
  });

  it('a payment wins over what we believed (expired locally, cancelled, unknown); without an amount the link amount is assumed', () => {
    for (const status of ['expired', 'cancelled', 'unknown'] as const) {
      const applied = applyCheck(record({ status }), snapshot('paid'), now);
      expect(applied.record).toMatchObject({ status: 'paid', paidAmountMinor: 125_050, paidAt: now.toISOString() });
    }
  });

  it('cancelled / expired at the provider end a live link; never a paid one', () => {
    expect(applyCheck(record(), snapshot('cancelled'), now).record.timeline.at(-1)).toMatchObject({ kind: 'cancelled', detail: 'provider' });
    expect(applyCheck(record(), snapshot('expired'), now).record.status).toBe('expired');
    const paid = record({ status: 'paid' });
    expect(applyCheck(paid, snapshot('cancelled'), now).record).toMatchObject({ status: 'paid', timeline: paid.timeline });
    expect(applyCheck(paid, snapshot('active'), now).record.status).toBe('paid');
  });

  it('nothing new: only statusCheckedAt moves (the first facts are a silent baseline)', () => {
    const applied = applyCheck(record(), snapshot('active', { reference_no: 'PD0000000001', providerStatus: '0' }), now);
    expect(applied.changed).toBe(false);
    expect(applied.record).toMatchObject({ statusCheckedAt: now.toISOString(), statusDetails: { providerStatus: '0' } });
    expect(kindsOf(applied.record)).toEqual(['created:ok']);
    const changedFacts = applyCheck(applied.record, snapshot('active', { reference_no: 'PD0000000001', providerStatus: '7' }), later);
    expect(changedFacts.record.timeline.at(-1)).toMatchObject({ kind: 'status-checked', outcome: 'ok', detail: 'active' });
  });

  it('a failed payment attempt is worth a line even on the first check', () => {
    const applied = applyCheck(record({ provider: 'oduyo' }), snapshot('active', { lastAttempt: '3D-ERROR' }), now);
    expect(applied.record.timeline.at(-1)).toMatchObject({ kind: 'status-checked', detail: 'active (3D-ERROR)' });
  });

  it('an unknown link the provider knows becomes active', () => {
    expect(applyCheck(record({ status: 'unknown' }), snapshot('active'), now).record.status).toBe('active');
  });

  it('failures: recorded once while they repeat; again after a success in between or with another code', () => {
    const first = applyCheck(record(), down, now);
    expect(kindsOf(first.record)).toEqual(['created:ok', 'status-checked:failed']);
    const repeat = applyCheck(first.record, down, later);
    expect(repeat.record).toBe(first.record);
    expect(repeat.changed).toBe(false);

    const timeout = { kind: 'failed', error: { code: 'timeout', message: 't', retryable: true } } as const;
    expect(kindsOf(applyCheck(first.record, timeout, later).record)).toHaveLength(3);

    const recovered = applyCheck(first.record, snapshot('active'), later).record;
    const downAgain = applyCheck(recovered, down, new Date('2026-11-22T11:00:00.000Z')).record;
    expect(kindsOf(downAgain)).toEqual(['created:ok', 'status-checked:failed', 'status-checked:failed']);
  });

  it('a link the provider does not know is a not-found failure', () => {
    const applied = applyCheck(record(), { kind: 'missing' }, now);
    expect(applied.record.timeline.at(-1)).toMatchObject({ kind: 'status-checked', outcome: 'failed', error: { code: 'not-found' } });
    expect(applied.record.status).toBe('active');
  });
});

describe('expiry', () => {
  const expiresAt = '2026-11-22T09:59:59.000Z';

  it('active and past expiresAt → expired with an event; otherwise nothing', () => {
    const applied = applyExpiry(record({ expiresAt }), now);
    expect(applied.record).toMatchObject({ status: 'expired' });
    expect(applied.record.timeline.at(-1)).toEqual({ at: now.toISOString(), kind: 'expired', outcome: 'ok', detail: expiresAt });
    const notYet = record({ expiresAt: later.toISOString() });
    expect(applyExpiry(notYet, now).record).toBe(notYet);
    const paid = record({ expiresAt, status: 'paid' });
    expect(applyExpiry(paid, now).record).toBe(paid);
    const noExpiry = record();
    expect(applyExpiry(noExpiry, now).record).toBe(noExpiry);
  });
});

describe('PollBackoff', () => {
  it('doubles from the base up to the cap with the outbox’s equal jitter (one backoff), and honours Retry-After', () => {
    const mid = new PollBackoff({ baseMs: 1000, maxMs: 10_000 }, () => 0.5);
    expect([1, 2, 3, 4, 5, 6].map(() => mid.fail('host:a', 0))).toEqual([750, 1500, 3000, 6000, 7500, 7500]);
    expect(mid.isOpen('host:a', 7_499)).toBe(false);
    expect(mid.isOpen('host:a', 7_500)).toBe(true);
    expect(mid.isOpen('host:b', 0)).toBe(true);
    mid.succeed('host:a');
    expect(mid.failures('host:a')).toBe(0);

    expect(new PollBackoff({ baseMs: 1000, maxMs: 10_000 }, () => 0).fail('k', 0)).toBe(500);
    expect(new PollBackoff({ baseMs: 1000, maxMs: 10_000 }, () => 1).fail('k', 0)).toBe(1000);
    expect(new PollBackoff({ baseMs: 1000, maxMs: 10_000 }, () => 0.5).fail('k', 0, 30_000)).toBe(30_000);
  });
});

describe('paidNotification', () => {
  it('says what was paid, by whom, for what, on which account, in the settings language', () => {
    const paid = record({ status: 'paid', paidAmountMinor: 125_050 });
    expect(paidNotification(paid, 'tr')).toEqual({ title: 'Ödeme alındı', body: '1.250,50 ₺ · Ayşe Yılmaz · Okul çantası · Paynet Merkez' });
    expect(paidNotification({ ...paid, customer: {} }, 'en')).toEqual({
      title: 'Payment received',
      body: '1.250,50 ₺ · Okul çantası · Paynet Merkez',
    });
  });
});
