import { describe, expect, it, vi } from 'vitest';
import { CallbackApplier, type PaynetConfirmation, type ReceivedCallback } from '../../../../src/main/callbacks/callback-applier';
import { memorySeenCallbacks } from '../../../../src/main/callbacks/seen-callbacks';
import type { LinkRecord } from '../../../../src/shared/domain/link-record';
import { callbackHashOf } from '../../../emulators/paytr/paytr-emulator-rules';
import { linkRecord } from '../../../support/history-records';

/** The applier on an in-memory history: what a verified, forged, replayed or unverifiable callback does to a link. */
const keys = { merchantId: '123456', merchantKey: 'KEY', merchantSalt: 'SALT' };
const RECEIVED = '2026-12-01T10:00:00.000Z';
let nextId = 1;

function memoryHistory(records: LinkRecord[]) {
  const byRef = new Map(records.map((r) => [r.reference, r]));
  return {
    byRef,
    get: (reference: string) => byRef.get(reference),
    update: vi.fn(async (reference: string, change: (r: LinkRecord) => LinkRecord) => {
      const current = byRef.get(reference);
      if (!current) throw new Error('not found');
      const next = change(current);
      byRef.set(reference, next);
      return next;
    }),
  };
}

function paytrCallback(reference: string, fields: { merchantOid?: string; total?: string; status?: string; hash?: string; payment?: string } = {}): ReceivedCallback {
  const merchantOid = fields.merchantOid ?? 'PLabc1';
  const totalAmount = fields.total ?? '10001';
  const status = fields.status ?? 'success';
  const hash = fields.hash ?? callbackHashOf(keys, { callbackId: reference, merchantOid, status, totalAmount });
  const body = new URLSearchParams({ merchant_oid: merchantOid, status, total_amount: totalAmount, hash, callback_id: reference, payment_amount: fields.payment ?? '10001', payment_type: 'card', test_mode: '1', merchant_id: '123456' });
  return { id: nextId++, provider: 'paytr', body: body.toString(), receivedAt: RECEIVED };
}

const paynetCallback = (reference: string): ReceivedCallback => ({ id: nextId++, provider: 'paynet', body: JSON.stringify({ referance_no: reference, amount: 100.02, is_succeed: true }), receivedAt: RECEIVED });

function setUp(records: LinkRecord[], confirm: PaynetConfirmation = { kind: 'paid', paidAmountMinor: 10_002, transactionId: 'X9' }) {
  const history = memoryHistory(records);
  const onPaid = vi.fn();
  const confirmPaynet = vi.fn(async () => confirm);
  const deps = {
    history,
    paytrKeys: async (accountId: string) => (accountId === 'acc_paytrmagaza01' ? keys : undefined),
    confirmPaynet,
    clock: { now: () => new Date('2026-12-01T10:00:05Z') },
    seen: memorySeenCallbacks(),
    onPaid,
  };
  return { history, onPaid, confirmPaynet, deps, applier: new CallbackApplier(deps) };
}

const paytrLink = linkRecord(1);
const paynetLink = linkRecord(2, { provider: 'paynet', accountId: 'acc_paynet000001' });

describe('CallbackApplier: PayTR', () => {
  it('a genuine callback turns the link paid once, says how on the timeline, and rings the paid alert', async () => {
    const { applier, history, onPaid } = setUp([paytrLink]);
    expect(await applier.apply(paytrCallback(paytrLink.reference))).toMatchObject({ outcome: 'applied', reference: paytrLink.reference });
    const paid = history.get(paytrLink.reference)!;
    expect(paid).toMatchObject({ status: 'paid', paidAt: RECEIVED, paidAmountMinor: 10_001, paidUnseen: true, statusDetails: { merchant_oid: 'PLabc1' } });
    expect(paid.timeline.at(-1)).toMatchObject({ at: RECEIVED, kind: 'paid', outcome: 'ok', note: 'paytr-callback-verified' });
    expect(paid.timeline.at(-1)?.detail).toContain('PLabc1');
    expect(onPaid).toHaveBeenCalledTimes(1);
  });

  it('a duplicate (the provider retrying) and a replay at a fresh counter change nothing, and are counted', async () => {
    const { applier, history, onPaid, deps } = setUp([paytrLink]);
    await applier.apply(paytrCallback(paytrLink.reference));
    const after = history.get(paytrLink.reference);
    history.update.mockClear();
    expect((await applier.apply(paytrCallback(paytrLink.reference))).outcome).toBe('duplicate');
    // A counter that never saw it (a restart, another counter) still recognises the payment on the timeline.
    const fresh = new CallbackApplier({ ...deps, seen: memorySeenCallbacks() });
    expect((await fresh.apply(paytrCallback(paytrLink.reference))).outcome).toBe('duplicate');
    expect(history.get(paytrLink.reference)).toBe(after);
    expect(history.update).not.toHaveBeenCalled();
    expect(onPaid).toHaveBeenCalledTimes(1);
    expect(applier.counts()).toMatchObject({ applied: 1, duplicate: 1 });
  });

  it('a forged hash changes no link and is counted', async () => {
    const { applier, history, onPaid } = setUp([paytrLink]);
    const genuine = paytrCallback(paytrLink.reference);
    const forged = paytrCallback(paytrLink.reference, { hash: callbackHashOf({ ...keys, merchantKey: 'GUESS' }, { callbackId: paytrLink.reference, merchantOid: 'PLabc1', status: 'success', totalAmount: '10001' }) });
    expect(await applier.apply(forged)).toMatchObject({ outcome: 'forged', reason: 'hash' });
    expect(history.get(paytrLink.reference)).toBe(paytrLink);
    expect(onPaid).not.toHaveBeenCalled();
    // A forgery that borrowed the genuine merchant_oid does not block the genuine callback.
    expect((await applier.apply(genuine)).outcome).toBe('applied');
    expect(applier.counts()).toMatchObject({ forged: 1, applied: 1 });
  });

  it('installment interest: the price stays, what was paid is kept beside it', async () => {
    const { applier, history } = setUp([paytrLink]);
    await applier.apply(paytrCallback(paytrLink.reference, { total: '10900' }));
    expect(history.get(paytrLink.reference)).toMatchObject({
      amount: { minor: 10_001 },
      paidAmountMinor: 10_900,
      statusDetails: { total_amount: '10900', payment_amount: '10001' },
    });
  });

  it('never un-pays: a link paid by hand keeps its payment and gains the verification; a failure report leaves it paid', async () => {
    const byHand = linkRecord(3, { status: 'paid', paidAt: '2026-11-30T12:00:00.000Z', paidAmountMinor: 10_003 });
    const { applier, history, onPaid } = setUp([byHand]);
    expect((await applier.apply(paytrCallback(byHand.reference, { total: '10003' }))).outcome).toBe('applied');
    const failed = paytrCallback(byHand.reference, { merchantOid: 'PLabc2', status: 'failed' });
    expect((await applier.apply(failed)).outcome).toBe('applied');
    const record = history.get(byHand.reference)!;
    expect(record).toMatchObject({ status: 'paid', paidAt: '2026-11-30T12:00:00.000Z', paidAmountMinor: 10_003 });
    expect(record.timeline.map((e) => [e.kind, e.outcome])).toEqual([
      ['created', 'ok'],
      ['paid', 'ok'],
      ['paid', 'failed'],
    ]);
    expect(onPaid).not.toHaveBeenCalled();
  });

  it('not ours, unverifiable here, unreadable: no link changes', async () => {
    const { applier, history } = setUp([paytrLink, paynetLink, linkRecord(4, { accountId: 'acc_elsewhere0001' })]);
    expect(await applier.apply(paytrCallback('PD999999999999'))).toMatchObject({ outcome: 'not-ours', reason: 'link-missing' });
    expect(await applier.apply(paytrCallback(paynetLink.reference))).toMatchObject({ outcome: 'not-ours', reason: 'other-provider' });
    expect(await applier.apply(paytrCallback(linkRecord(4).reference))).toMatchObject({ outcome: 'unverified', reason: 'no-keys' });
    expect((await applier.apply({ id: 1, provider: 'paytr', body: 'garbage', receivedAt: RECEIVED })).outcome).toBe('unreadable');
    expect(history.update).not.toHaveBeenCalled();
    expect(applier.counts()).toEqual({ applied: 0, duplicate: 0, forged: 0, unreadable: 1, 'not-ours': 2, unverified: 1 });
  });
});

describe('CallbackApplier: Paynet', () => {
  it('paid only when transaction/check confirms it; once', async () => {
    const { applier, history, confirmPaynet, onPaid } = setUp([paynetLink]);
    expect((await applier.apply(paynetCallback(paynetLink.reference))).outcome).toBe('applied');
    expect(history.get(paynetLink.reference)).toMatchObject({ status: 'paid', paidAmountMinor: 10_002, statusDetails: { xact_id: 'X9' } });
    expect(history.get(paynetLink.reference)?.timeline.at(-1)).toMatchObject({ kind: 'paid', note: 'paynet-transaction-check' });
    expect((await applier.apply(paynetCallback(paynetLink.reference))).outcome).toBe('duplicate');
    expect(confirmPaynet).toHaveBeenCalledTimes(1);
    expect(onPaid).toHaveBeenCalledTimes(1);
  });

  it('a callback the check does not confirm is forged; a check that did not answer leaves it unverified', async () => {
    const refused = setUp([paynetLink], { kind: 'not-paid' });
    expect(await refused.applier.apply(paynetCallback(paynetLink.reference))).toMatchObject({ outcome: 'forged', reason: 'not-confirmed' });
    expect(refused.history.get(paynetLink.reference)).toBe(paynetLink);
    const silent = setUp([paynetLink], { kind: 'unavailable' });
    expect(await silent.applier.apply(paynetCallback(paynetLink.reference))).toMatchObject({ outcome: 'unverified', reason: 'check-unavailable' });
    silent.confirmPaynet.mockRejectedValueOnce(new Error('network'));
    expect((await silent.applier.apply(paynetCallback(paynetLink.reference))).outcome).toBe('unverified');
    expect(silent.history.update).not.toHaveBeenCalled();
  });
});
