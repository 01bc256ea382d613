import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { createInput, paynetRequest, paytrRequest, startLinkKit, waitFor, type LinkKit } from './link-kit';

/** What the user does with outbox items, through createCore. */
let kit: LinkKit;
beforeAll(async () => (kit = await startLinkKit()));
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };
const CREATE_PAYTR = '/odeme/api/link/create';
const state = async (id: string) => (await kit.item(id))?.state;

async function offline<T>(work: () => Promise<T>): Promise<T> {
  kit.online.value = false;
  try {
    return await work();
  } finally {
    kit.online.value = true;
  }
}

describe('queued items: edit and cancel', () => {
  it('edits a queued link (validated again), cancels another; only the edited one goes out', async () => {
    const account = await kit.account('paynet');
    const keep = paynetRequest();
    const drop = paynetRequest();
    await offline(async () => {
      await kit.ok('links:create', createInput(account, keep, 'later'));
      await kit.ok('links:create', createInput(account, drop, 'later'));
      const invalid = await kit.invoke('outbox:edit', { id: keep.reference, request: { ...keep, customer: {} } });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'customer.name' } });
      const otherRef = await kit.invoke('outbox:edit', { id: keep.reference, request: paynetRequest() });
      expect(otherRef).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const edited = await kit.ok<OutboxItem>('outbox:edit', { id: keep.reference, request: { ...keep, amount: { minor: 20_000, currency: 'TRY' } } });
      expect(edited).toMatchObject({ state: 'queued', job: { request: { amount: { minor: 20_000 } } } });
      expect(await kit.ok<OutboxItem>('outbox:cancel', { id: drop.reference })).toMatchObject({ state: 'cancelled' });
      expect(await kit.invoke('outbox:cancel', { id: drop.reference })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    });
    await waitFor(async () => (await state(keep.reference)) === 'created', 5000, 'the edited link');
    expect(kit.paynet.linkByReference(keep.reference)?.amount).toBe(200);
    expect(kit.paynet.linkByReference(drop.reference)).toBeUndefined();
    expect(await kit.invoke('outbox:edit', { id: keep.reference, request: keep })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('send now tries a waiting item at once; clear-settled drops created and cancelled items', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    await offline(() => kit.ok('links:create', createInput(account, request, 'later')));
    // The OS said offline, but the user knows better.
    kit.online.value = false;
    try {
      expect(await kit.ok<OutboxItem>('outbox:send-now', { id: request.reference })).toMatchObject({ state: 'created' });
    } finally {
      kit.online.value = true;
    }
    const before = await kit.ok<{ items: OutboxItem[] }>('outbox:list');
    expect(before.items.some((i) => i.id === request.reference)).toBe(true);
    expect(await kit.ok('outbox:clear-settled')).toEqual({ done: true });
    const after = await kit.ok<{ items: OutboxItem[] }>('outbox:list');
    expect(after.items.filter((i) => i.state === 'created' || i.state === 'cancelled')).toEqual([]);
    // The link stays in history, and the same reference still answers that link (never a second one).
    const record = await kit.record(request.reference);
    expect(record).toMatchObject({ status: 'active' });
    const creates = kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`);
    const again = await kit.ok<Outcome>('links:create', createInput(account, { ...request, description: 'Başka bir ürün' }));
    expect(again).toMatchObject({ item: { id: request.reference, state: 'created' }, record: { url: record!.url, description: request.description } });
    expect(kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`)).toBe(creates);
  });
});

describe('unknown items: the user decides', () => {
  async function lostAnswer(): Promise<{ account: string; request: ReturnType<typeof paytrRequest> }> {
    const account = await kit.account('paytr');
    const request = paytrRequest({ customer: { name: 'Ali Veli' } });
    kit.paytr.emulator.injectFault({ kind: 'reset-after-processing' }, { path: CREATE_PAYTR });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item.state).toBe('unknown');
    return { account, request };
  }

  it('"it was created": history gets the link with status unknown, no URL and a note; the item is settled', async () => {
    const { request } = await lostAnswer();
    const resolved = await kit.ok<OutboxItem>('outbox:resolve', { id: request.reference, decision: 'was-created' });
    expect(resolved).toMatchObject({ state: 'created', resolution: 'user-confirmed-created' });
    const record = await kit.record(request.reference);
    expect(record).toMatchObject({ status: 'unknown', customer: { name: 'Ali Veli' }, timeline: [{ kind: 'created', note: 'user-confirmed' }] });
    expect(record?.url).toBeUndefined();
    expect(await kit.invoke('outbox:resolve', { id: request.reference, decision: 'create-again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('"create it again": queued and sent (the user accepted the risk)', async () => {
    const { request } = await lostAnswer();
    const before = kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`);
    const resolved = await kit.ok<OutboxItem>('outbox:resolve', { id: request.reference, decision: 'create-again' });
    expect(resolved).toMatchObject({ resolution: 'user-chose-retry' });
    await waitFor(async () => (await state(request.reference)) === 'created', 5000, 'the second creation');
    expect(kit.paytr.emulator.count(`POST ${CREATE_PAYTR}`)).toBe(before + 1);
    expect(await kit.record(request.reference)).toMatchObject({ status: 'active', url: expect.any(String) });
  });
});

describe('links:send (provider SMS / e-mail) through the outbox', () => {
  it('PayTR SMS and e-mail are sent and recorded on the timeline; a refusal is recorded with its reason', async () => {
    const account = await kit.account('paytr');
    const created = await kit.ok<Outcome>('links:create', createInput(account, paytrRequest()));
    const reference = created.record!.reference;
    const sms = await kit.ok<Outcome>('links:send', { reference, channel: 'sms', to: '+905551234567' });
    expect(sms.item).toMatchObject({ id: `${reference}-sms-1`, state: 'created' });
    expect(sms.record?.timeline.at(-1)).toMatchObject({ kind: 'sent', outcome: 'ok', channel: 'sms', detail: '+905551234567' });
    expect(kit.paytr.links.get(created.record!.providerRefs.id!)?.smsSentTo).toEqual(['05551234567']);
    kit.paytr.rejectNext({ status: 'failed', reason: 'E-posta gonderilemedi' }, '/odeme/api/link/send-email');
    const refused = await kit.invoke('links:send', { reference, channel: 'email', to: 'musteri@example.com' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'E-posta gonderilemedi' } });
    expect((await kit.record(reference))?.timeline.at(-1)).toMatchObject({ kind: 'sent', outcome: 'failed', channel: 'email', error: { code: 'provider-rejected' } });
    const retried = await kit.ok<Outcome>('links:send', { reference, channel: 'email', to: 'musteri@example.com' });
    expect(retried.item).toMatchObject({ id: `${reference}-email-2`, state: 'created' });
  });

  it('checks the address first, and refuses providers that cannot send an existing link', async () => {
    const paytr = await kit.account('paytr');
    const created = await kit.ok<Outcome>('links:create', createInput(paytr, paytrRequest()));
    const badPhone = await kit.invoke('links:send', { reference: created.item.id, channel: 'sms', to: '+4915112345678' });
    expect(badPhone).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'to' } });
    const paynet = await kit.account('paynet');
    const paynetLink = await kit.ok<Outcome>('links:create', createInput(paynet, paynetRequest()));
    expect(await kit.invoke('links:send', { reference: paynetLink.item.id, channel: 'sms', to: '+905551234567' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await kit.invoke('links:send', { reference: 'PD00000000NOSUCH', channel: 'sms', to: '+905551234567' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('PayTR create with "send by SMS" queues the send after the link exists', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest({ notifyBySms: true, customer: { phone: '+905339876543' } });
    const created = await kit.ok<Outcome>('links:create', createInput(account, request));
    await waitFor(async () => (await kit.record(request.reference))?.timeline.some((e) => e.kind === 'sent' && e.outcome === 'ok'), 5000, 'the SMS');
    expect(kit.paytr.links.get(created.record!.providerRefs.id!)?.smsSentTo).toEqual(['05339876543']);
  });
});

describe('isbank-services:pay', () => {
  const values = { SubscriberName: 'Ayşe Yılmaz', Tckn_Vkn_Ykn: '12345678901', OnBehalfOf: 'K' };

  it('pays once through the outbox and records the payment result in history', async () => {
    const account = await kit.account('isbank');
    const reference = paytrRequest().reference;
    const input = { accountId: account, reference, serviceId: '10065', values, amount: { minor: 90_000, currency: 'TRY' } };
    const paid = await kit.ok<Outcome>('isbank-services:pay', input);
    expect(paid.item).toMatchObject({ id: reference, state: 'created', job: { kind: 'service-pay' } });
    expect(paid.record).toMatchObject({
      reference,
      kind: 'service-payment',
      provider: 'isbank',
      status: 'paid',
      amount: { minor: 90_000, currency: 'TRY' },
      paidAt: '2020-08-14T10:03:14.7450165+03:00',
      servicePayment: { serviceId: '10065', paymentId: expect.stringMatching(/^\d+$/), executionDate: '2020-08-14T10:03:14.7450165+03:00', sosUsed: expect.any(Boolean) },
      timeline: [{ kind: 'service-paid', outcome: 'ok' }],
    });
    const again = await kit.ok<Outcome>('isbank-services:pay', input);
    expect(again.record?.servicePayment?.paymentId).toBe(paid.record?.servicePayment?.paymentId);
    expect(kit.isbank.payments.length).toBe(1);
  });

  it('invalid form values are refused by main (failed with the field), and nothing is paid', async () => {
    const account = await kit.account('isbank');
    const reference = paytrRequest().reference;
    const before = kit.isbank.payments.length;
    const result = await kit.invoke('isbank-services:pay', { accountId: account, reference, serviceId: '10065', values: { SubscriberName: 'A' }, amount: { minor: 90_000, currency: 'TRY' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(kit.isbank.payments.length).toBe(before);
    const paytr = await kit.account('paytr');
    expect(await kit.invoke('isbank-services:pay', { accountId: paytr, reference: paytrRequest().reference, serviceId: '10065', values, amount: { minor: 90_000, currency: 'TRY' } })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
