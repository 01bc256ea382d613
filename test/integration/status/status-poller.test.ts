import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { ODUYO_PREFIX } from '../../emulators/oduyo/oduyo-emulator';
import { totalRequests } from '../providers/provider-kit';
import { outboxPolicy } from '../../../src/main/outbox/outbox-policy';
import { ProviderGates } from '../../../src/main/outbox/provider-gates';
import { ACCOUNT, kinds, startStatusRig, type StatusRig } from './status-kit';

/**
 * The status poller against the emulators over real HTTP, with real history files: the
 * transitions a shop sees (paid, expired, cancelled), a provider that is down, and the providers
 * that are never polled. Sweeps are run by hand with a clock the test moves, except for one test
 * that lets the timer drive it.
 */
let rig: StatusRig;
beforeEach(async () => {
  rig = await startStatusRig();
});
afterEach(() => rig.dispose());

const HOUR = 3600_000;
const get = (record: LinkRecord) => rig.history.get(record.reference)!;
const failures = (record: LinkRecord) => get(record).timeline.filter((e) => e.kind === 'status-checked' && e.outcome === 'failed');
/** Every link is due on every sweep; backoff as in the app. */
const eager = { freshIntervalMs: 0, dayIntervalMs: 0, oldIntervalMs: 0 };

describe('Paynet (detail + transaction check by reference_no)', () => {
  it('paid: status, amount, time and transaction recorded, one notification, then no longer polled', async () => {
    const link = await rig.createLink('paynet');
    const poller = rig.poller(eager);

    await poller.sweep();
    expect(get(link)).toMatchObject({ status: 'active', statusCheckedAt: rig.clock.now().toISOString() });
    expect(kinds(get(link))).toEqual(['created:ok']); // nothing changed: nothing on the timeline

    const payment = rig.paynet.markPaid(link.reference);
    rig.clock.advance(60_000);
    await poller.sweep();
    const paid = get(link);
    expect(paid).toMatchObject({
      status: 'paid',
      paidAmountMinor: 125_050,
      paidAt: payment.xact_date,
      statusDetails: { xact_id: payment.xact_id, reference_no: link.reference },
    });
    expect(kinds(paid)).toEqual(['created:ok', 'paid:ok']);
    expect(paid.timeline[1]!.detail).toBe(`1.250,50 ₺ · ${payment.xact_id}`);
    expect(rig.notifications).toEqual([
      { title: 'Ödeme alındı', body: '1.250,50 ₺ · Ayşe Yılmaz · Okul çantası ve kırtasiye · paynet (emulator)' },
    ]);

    const asked = rig.paynet.emulator.countReference(link.reference);
    rig.clock.advance(HOUR);
    await poller.sweep();
    expect(rig.paynet.emulator.countReference(link.reference)).toBe(asked);
    expect(rig.notifications).toHaveLength(1);
  });

  it('cancelled in Paynet (made passive): recorded as cancelled at the provider, then no longer polled', async () => {
    const link = await rig.createLink('paynet');
    rig.paynet.markCancelled(link.reference);
    const poller = rig.poller(eager);
    await poller.sweep();
    expect(get(link)).toMatchObject({ status: 'cancelled', statusDetails: { providerStatus: '3' } });
    expect(get(link).timeline.at(-1)).toMatchObject({ kind: 'cancelled', outcome: 'ok', detail: 'provider' });

    const asked = rig.paynet.emulator.countReference(link.reference);
    await poller.sweep();
    expect(rig.paynet.emulator.countReference(link.reference)).toBe(asked);
  });

  it('expired: past its expiry a link gets one last look-up, then is expired locally', async () => {
    const link = await rig.createLink('paynet', { expiresAt: new Date(rig.clock.now().getTime() + 2 * HOUR).toISOString() });
    const poller = rig.poller(); // default intervals: a new link is not due for a minute
    await poller.sweep();
    expect(rig.paynet.emulator.countReference(link.reference)).toBe(1); // the create only

    rig.clock.advance(3 * HOUR);
    await poller.sweep();
    expect(rig.paynet.emulator.countReference(link.reference)).toBe(3); // + detail + transaction check
    expect(get(link).status).toBe('expired');
    expect(kinds(get(link))).toEqual(['created:ok', 'expired:ok']);
    expect(get(link).timeline[1]!.detail).toBe(link.expiresAt);
  });

  it('a payment made just before the expiry is found by that last look-up: paid, not expired', async () => {
    const link = await rig.createLink('paynet', { expiresAt: new Date(rig.clock.now().getTime() + HOUR).toISOString() });
    rig.paynet.markPaid(link.reference);
    rig.clock.advance(2 * HOUR);
    await rig.poller().sweep();
    expect(get(link).status).toBe('paid');
    expect(kinds(get(link))).toEqual(['created:ok', 'paid:ok']);
  });

  it('provider down: one failure on the timeline, the host is left alone while backing off, then recovery', async () => {
    const first = await rig.createLink('paynet');
    const second = await rig.createLink('paynet');
    const emulator = rig.paynet.emulator;
    emulator.injectFault({ kind: 'status', status: 503 }, { times: 1000 });
    const poller = rig.poller({ ...eager, backoffBaseMs: 60_000, backoffMaxMs: 10 * 60_000 });

    let before = totalRequests(emulator);
    await poller.sweep();
    expect(totalRequests(emulator) - before).toBe(1); // the host failed: the second link was not asked
    const failed = [first, second].filter((l) => failures(l).length === 1);
    expect(failed).toHaveLength(1);
    expect(failures(failed[0]!)[0]!.error).toMatchObject({ code: 'provider-unavailable', retryable: true });

    before = totalRequests(emulator);
    await poller.sweep(); // still within the backoff
    expect(totalRequests(emulator)).toBe(before);

    for (let i = 0; i < 4; i++) {
      rig.clock.advance(15 * 60_000); // beyond the longest backoff
      before = totalRequests(emulator);
      await poller.sweep();
      expect(totalRequests(emulator) - before).toBe(1);
    }
    // A provider down for an hour leaves at most one line per link, not one per poll.
    expect(failures(first).length).toBeLessThanOrEqual(1);
    expect(failures(second).length).toBeLessThanOrEqual(1);

    emulator.clearFaults();
    rig.paynet.markPaid(first.reference);
    rig.clock.advance(15 * 60_000);
    await poller.sweep();
    expect(get(first).status).toBe('paid');
    expect(get(second)).toMatchObject({ status: 'active', statusCheckedAt: rig.clock.now().toISOString() });
    expect(get(first).timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['created', 'paid']));
  });

  it('a provider that does not answer at all times out and is backed off like one that is down', async () => {
    const link = await rig.createLink('paynet');
    rig.paynet.emulator.injectFault({ kind: 'never-finish' }, { times: 1 });
    const poller = rig.poller(eager);
    await poller.sweep();
    expect(failures(link)[0]!.error).toMatchObject({ code: 'timeout' });
    const before = totalRequests(rig.paynet.emulator);
    await poller.sweep();
    expect(totalRequests(rig.paynet.emulator)).toBe(before);
  });
});

describe('Ödüyo (payment list by paymentsendid)', () => {
  it('paid: 3D-SUCCESS in the payment list, amount without Ödüyo commission', async () => {
    const link = await rig.createLink('oduyo');
    const poller = rig.poller(eager);
    await poller.sweep();
    expect(get(link)).toMatchObject({ status: 'active', statusCheckedAt: expect.any(String) });

    rig.oduyo.markPaid(link.providerRefs.paymentsendid!);
    await poller.sweep();
    expect(get(link)).toMatchObject({
      status: 'paid',
      paidAmountMinor: 125_050,
      paidAt: '2025-07-21 12:40:00',
      statusDetails: { paymentsend_id: link.providerRefs.paymentsendid, status: '3D-SUCCESS', total_with_commison: '1275.51' },
    });
    expect(kinds(get(link))).toEqual(['created:ok', 'paid:ok']);
    expect(rig.notifications).toMatchObject([{ title: 'Ödeme alındı', body: expect.stringContaining('Pınar Köprülü') }]);
  });

  it('a failed card attempt shows once on the timeline; the link stays active and polled', async () => {
    const link = await rig.createLink('oduyo');
    rig.oduyo.markPaid(link.providerRefs.paymentsendid!, '3D-ERROR');
    const poller = rig.poller(eager);
    await poller.sweep();
    await poller.sweep();
    expect(get(link).status).toBe('active');
    expect(kinds(get(link))).toEqual(['created:ok', 'status-checked:ok']);
    expect(get(link).timeline[1]!.detail).toBe('active (3D-ERROR)');

    rig.oduyo.markPaid(link.providerRefs.paymentsendid!);
    await poller.sweep();
    expect(get(link).status).toBe('paid');
  });

  it('expired: a date-limited link is expired locally after its last look-up', async () => {
    const link = await rig.createLink('oduyo', { expiresAt: new Date(rig.clock.now().getTime() + 24 * HOUR).toISOString() });
    rig.clock.advance(48 * HOUR);
    const before = rig.oduyo.count(`POST ${ODUYO_PREFIX}/payment/payment_select`);
    await rig.poller().sweep();
    expect(rig.oduyo.count(`POST ${ODUYO_PREFIX}/payment/payment_select`)).toBe(before + 1);
    expect(get(link).status).toBe('expired');
    expect(kinds(get(link))).toEqual(['created:ok', 'expired:ok']);
  });

  it('shares provider health with the outbox worker: a provider the worker found down is not asked, an answer tells the worker it is back, and a provider the poller cannot reach pauses the worker too', async () => {
    await rig.createLink('oduyo');
    const path = `${ODUYO_PREFIX}/payment/payment_select`;
    const count = () => rig.oduyo.count(`POST ${path}`);
    const ms = () => rig.clock.now().getTime();
    const gates = new ProviderGates(outboxPolicy({ backoffBaseMs: 60_000, backoffMaxMs: 60_000, random: () => 1 }), ms);
    gates.observe('oduyo', { code: 'network', message: 'connection refused', retryable: true }, ms());
    const before = count();
    await rig.poller(eager, gates).sweep();
    expect(count()).toBe(before); // the worker's finding holds for the poller

    rig.clock.advance(61_000);
    await rig.poller(eager, gates).sweep();
    expect(count()).toBe(before + 1);
    expect(gates.isDown('oduyo')).toBe(false); // the poller's answer tells the worker

    rig.oduyo.server.injectFault({ kind: 'reset-before-processing' }, { times: 1000, path });
    rig.clock.advance(61_000);
    await rig.poller(eager, gates).sweep();
    expect(gates.isDown('oduyo')).toBe(true);
    expect(gates.pausedUntil('oduyo', ms())).toBeGreaterThan(ms()); // the worker waits too
  });

  it('provider down: the failure is recorded once, the host backed off, then the payment is found', async () => {
    const link = await rig.createLink('oduyo');
    const path = `${ODUYO_PREFIX}/payment/payment_select`;
    rig.oduyo.server.injectFault({ kind: 'status', status: 500 }, { times: 1000, path });
    const poller = rig.poller({ ...eager, backoffBaseMs: 60_000, backoffMaxMs: 5 * 60_000 });
    await poller.sweep();
    expect(failures(link)).toHaveLength(1);
    expect(failures(link)[0]!.error).toMatchObject({ code: 'provider-unavailable' });

    const count = () => rig.oduyo.count(`POST ${path}`);
    const before = count();
    await poller.sweep();
    expect(count()).toBe(before);
    rig.clock.advance(10 * 60_000);
    await poller.sweep();
    expect(count()).toBe(before + 1);
    expect(failures(link)).toHaveLength(1);

    rig.oduyo.server.clearFaults();
    rig.oduyo.markPaid(link.providerRefs.paymentsendid!);
    rig.clock.advance(10 * 60_000);
    await poller.sweep();
    expect(get(link).status).toBe('paid');
  });

  it('credentials the provider refuses back off the whole account', async () => {
    const first = await rig.createLink('oduyo');
    const second = await rig.createLink('oduyo');
    rig.oduyo.expireSessions();
    rig.useSecrets('oduyo', { password: 'an-old-password' });
    const poller = rig.poller(eager);
    await poller.sweep();
    const failed = [first, second].flatMap(failures);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatchObject({ code: 'auth-failed' });
    const logins = rig.oduyo.count(`POST ${ODUYO_PREFIX}/ws/login`);
    await poller.sweep();
    expect(rig.oduyo.count(`POST ${ODUYO_PREFIX}/ws/login`)).toBe(logins);
  });
});

describe('links that are not polled', () => {
  it('PayTR and İşbank links are never looked up; their expiry is still applied locally', async () => {
    const soon = () => new Date(rig.clock.now().getTime() + 20 * HOUR).toISOString();
    const paytr = await rig.createLink('paytr', { expiresAt: soon() });
    const isbank = await rig.createLink('isbank', { expiresAt: soon() });
    const paytrRequests = totalRequests(rig.paytr.emulator);
    const isbankRequests = totalRequests(rig.isbank.server);
    rig.opened.length = 0;

    const poller = rig.poller(eager);
    await poller.sweep();
    rig.clock.advance(HOUR);
    await poller.sweep();
    expect([get(paytr).status, get(isbank).status]).toEqual(['active', 'active']);
    expect(get(paytr).statusCheckedAt).toBeUndefined();

    rig.clock.advance(24 * HOUR);
    await poller.sweep();
    expect([get(paytr).status, get(isbank).status]).toEqual(['expired', 'expired']);
    expect(kinds(get(paytr))).toEqual(['created:ok', 'expired:ok']);
    expect(totalRequests(rig.paytr.emulator)).toBe(paytrRequests);
    expect(totalRequests(rig.isbank.server)).toBe(isbankRequests);
    expect(rig.opened).not.toContain(ACCOUNT.paytr);
    expect(rig.opened).not.toContain(ACCOUNT.isbank);
  });

  it('links that can no longer change (paid by hand, cancelled) are not asked about', async () => {
    const paid = await rig.createLink('paynet');
    const cancelled = await rig.createLink('paynet');
    await rig.actions().markPaid(paid.reference);
    await rig.actions().cancel(cancelled.reference);
    const before = totalRequests(rig.paynet.emulator);
    await rig.poller(eager).sweep();
    expect(totalRequests(rig.paynet.emulator)).toBe(before);
  });
});

describe('the timer', () => {
  it('runs while started: a payment shows up by itself; after stop() nothing is asked any more', async () => {
    const link = await rig.createLink('paynet');
    const poller = rig.poller({ ...eager, startDelayMs: 0, tickMs: 20 });
    poller.start();
    rig.paynet.markPaid(link.reference);
    await vi.waitFor(() => expect(get(link).status).toBe('paid'), { timeout: 10_000, interval: 20 });
    const other = await rig.createLink('paynet');
    await vi.waitFor(() => expect(get(other).statusCheckedAt).toBeDefined(), { timeout: 10_000, interval: 20 });

    await poller.stop();
    const before = totalRequests(rig.paynet.emulator);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(totalRequests(rig.paynet.emulator)).toBe(before);
  });
});
