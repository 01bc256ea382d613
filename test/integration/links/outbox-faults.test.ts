import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { createInput, paynetRequest, paytrRequest, startLinkKit, waitFor, type LinkKit } from './link-kit';

/** The outbox against the emulators' fault injection, through createCore. */
let kit: LinkKit;
beforeAll(async () => (kit = await startLinkKit()));
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };
const CREATE_PAYTR = '/odeme/api/link/create';
const CREATE_PAYNET = '/v1/mailorder/create';
const state = async (id: string) => (await kit.item(id))?.state;
const paynetCopies = (reference: string) => kit.paynet.links.filter((l) => l.reference_no === reference).length;

describe('transient failures are retried', () => {
  it('a 5xx answer → retry-wait, then created by the worker', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest();
    kit.paynet.emulator.injectFault({ kind: 'status', status: 503 }, { path: CREATE_PAYNET, times: 2 });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome).toMatchObject({ item: { state: 'retry-wait', lastError: { code: 'provider-unavailable' }, nextAttemptAt: expect.any(String) }, record: null });
    await waitFor(async () => (await state(request.reference)) === 'created', 5000, 'the retried link');
    expect(await kit.item(request.reference)).toMatchObject({ attempts: 3 });
    expect(paynetCopies(request.reference)).toBe(1);
  });

  it('a 429 with Retry-After waits at least that long, then goes', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    kit.paytr.emulator.injectFault({ kind: 'rate-limit', retryAfterSeconds: 1 }, { path: CREATE_PAYTR });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item).toMatchObject({ state: 'retry-wait', lastError: { code: 'provider-unavailable', retryAfterMs: 1000 } });
    const waitedFrom = Date.parse(outcome.item.updatedAt);
    expect(Date.parse(outcome.item.nextAttemptAt!) - waitedFrom).toBeGreaterThanOrEqual(1000);
    const done = await waitFor(async () => {
      const item = await kit.item(request.reference);
      return item?.state === 'created' ? item : undefined;
    }, 6000, 'the rate-limited link');
    expect(Date.parse(done.updatedAt) - waitedFrom).toBeGreaterThanOrEqual(1000);
  });
});

describe('a lost answer is never blindly re-sent', () => {
  it('Paynet: reset after processing → unknown → found by reference_no → created with its URL, once', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest({ customer: { name: 'Zeynep Arslan', email: 'zeynep@example.com' } });
    kit.paynet.emulator.injectFault({ kind: 'reset-after-processing' }, { path: CREATE_PAYNET });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome).toMatchObject({ item: { state: 'unknown', lastError: { code: 'ambiguous' } }, record: null });
    await waitFor(async () => (await state(request.reference)) === 'created', 5000, 'reconciliation');
    expect(await kit.item(request.reference)).toMatchObject({ resolution: 'reconciled', attempts: 1 });
    const record = await kit.record(request.reference);
    expect(record).toMatchObject({ status: 'active', url: kit.paynet.linkByReference(request.reference)!.url, providerRefs: { reference_no: request.reference } });
    expect(paynetCopies(request.reference)).toBe(1);
  });

  it('Paynet: a first "not found" right after a lost create is looked at again before anything is re-sent: one link', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest();
    kit.paynet.emulator.injectFault({ kind: 'reset-after-processing' }, { path: CREATE_PAYNET });
    // Paynet does not show the fresh link at once: the first look-ups answer "no data".
    kit.paynet.hideNewLinks(1);
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item.state).toBe('unknown');
    await waitFor(async () => (await state(request.reference)) === 'created', 5000, 'reconciliation');
    expect(await kit.item(request.reference)).toMatchObject({ resolution: 'reconciled', attempts: 1 });
    expect(paynetCopies(request.reference)).toBe(1);
  });

  it('Paynet: a reset we cannot place is unknown too; the look-up finds nothing, so it is sent again → created once', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest();
    kit.paynet.emulator.injectFault({ kind: 'reset-before-processing' }, { path: CREATE_PAYNET });
    await kit.ok<Outcome>('links:create', createInput(account, request));
    await waitFor(async () => (await state(request.reference)) === 'created', 5000, 'reconcile then send');
    expect(paynetCopies(request.reference)).toBe(1);
    expect(await kit.item(request.reference)).toMatchObject({ resolution: 'reconciled', attempts: 2 });
  });

  it('PayTR: reset after processing → unknown, held for the user (no look-up by reference)', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    const before = kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`);
    kit.paytr.emulator.injectFault({ kind: 'reset-after-processing' }, { path: CREATE_PAYTR });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item.state).toBe('unknown');
    await new Promise((resolve) => setTimeout(resolve, 400)); // several worker rounds
    expect(await state(request.reference)).toBe('unknown');
    expect(kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`)).toBe(before + 1);
    expect(await kit.invoke('links:create', createInput(account, request))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await kit.invoke('outbox:send-now', { id: request.reference })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a never-finishing answer (timeout after the request left) is unknown too', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    kit.paytr.emulator.injectFault({ kind: 'never-finish' }, { path: CREATE_PAYTR });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item).toMatchObject({ state: 'unknown', lastError: { code: 'ambiguous' } });
  });
});

describe('connectivity', () => {
  it('offline (OS) → queued, nothing sent; online → drained, and a desktop notification says so', async () => {
    const account = await kit.account('paytr');
    kit.online.value = false;
    const before = kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`);
    const requests = [paytrRequest(), paytrRequest(), paytrRequest()];
    for (const request of requests) {
      const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
      expect(outcome).toMatchObject({ item: { state: 'queued' }, record: null });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`)).toBe(before);
    const summary = await kit.ok<{ summary: { pending: number; counts: { queued?: number } } }>('outbox:list');
    expect(summary.summary.counts.queued).toBeGreaterThanOrEqual(3);
    kit.notifications.length = 0;
    kit.online.value = true;
    for (const request of requests) await waitFor(async () => (await state(request.reference)) === 'created', 5000, 'drain');
    expect(kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`)).toBe(before + 3);
    await waitFor(() => kit.notifications.length > 0, 3000, 'a notification');
    expect(kit.notifications[0]).toMatchObject({ title: 'PayDesk giden kutusu', body: expect.stringContaining('3') });
  });

  it('a provider that cannot be reached is probed and drained when it is back; others keep going', async () => {
    const paynetAccount = await kit.account('paynet');
    const paytrAccount = await kit.account('paytr');
    await kit.paynet.stop();
    const waiting = [paynetRequest(), paynetRequest()];
    try {
      for (const request of waiting) {
        const outcome = await kit.ok<Outcome>('links:create', createInput(paynetAccount, request, 'later'));
        expect(outcome.item.id).toBe(request.reference);
      }
      await waitFor(async () => (await state(waiting[0]!.reference)) === 'retry-wait', 3000, 'the first failure');
      expect(await kit.item(waiting[0]!.reference)).toMatchObject({ lastError: { code: 'network' } });
      const other = await kit.ok<Outcome>('links:create', createInput(paytrAccount, paytrRequest()));
      expect(other.item.state).toBe('created');
    } finally {
      await kit.paynet.emulator.start();
    }
    for (const request of waiting) await waitFor(async () => (await state(request.reference)) === 'created', 8000, 'drain after the provider is back');
    for (const request of waiting) expect(paynetCopies(request.reference)).toBe(1);
  });
});
