import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/shared/domain/contact';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { createInput, paynetRequest, paytrRequest, startLinkKit, waitFor, type LinkKit } from './link-kit';

/** links:create through createCore (real keychain, real files, real HTTP to the emulators). */
let kit: LinkKit;
beforeAll(async () => (kit = await startLinkKit()));
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };
const creates = (kit: LinkKit) => kit.paytr.emulator.count('POST /odeme/api/link/create');

describe('links:create', () => {
  it('creates a PayTR link at once: outbox item created, history record with URL and timeline, contact remembered', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest({ customer: { name: 'Mehmet Kaya', phone: '+905321112233' }, amount: { minor: 125_050, currency: 'TRY' } });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item).toMatchObject({ id: request.reference, state: 'created', attempts: 1, provider: 'paytr' });
    expect(outcome.record).toMatchObject({
      reference: request.reference,
      kind: 'link',
      provider: 'paytr',
      accountLabel: 'PayTR Mağaza',
      amount: { minor: 125_050, currency: 'TRY' },
      status: 'active',
      url: expect.stringMatching(/\/link\/\w+$/),
      providerRefs: { id: expect.any(String) },
      timeline: [{ kind: 'created', outcome: 'ok' }],
    });
    const link = kit.paytr.links.get(outcome.record!.providerRefs.id!);
    expect(link?.fields.price).toBe('125050');
    expect(await kit.record(request.reference)).toEqual(outcome.record);
    // The customer book is filled right after the answer (off the critical path).
    const contacts = await waitFor(async () => {
      const found = await kit.ok<Contact[]>('contacts:list', { text: 'Mehmet', limit: 10 });
      return found.length > 0 && found;
    }, 3000, 'the contact');
    expect(contacts).toMatchObject([{ name: 'Mehmet Kaya', phone: '+905321112233' }]);
  });

  it('is idempotent by reference: a second call answers the same link and creates nothing', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    const first = await kit.ok<Outcome>('links:create', createInput(account, request));
    const before = creates(kit);
    const again = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(again).toEqual(first);
    expect(creates(kit)).toBe(before);
  });

  it('concurrent calls with one reference never create twice', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest();
    const results = await Promise.all(Array.from({ length: 5 }, () => kit.invoke<Outcome>('links:create', createInput(account, request))));
    expect(kit.paynet.links.filter((l) => l.reference_no === request.reference)).toHaveLength(1);
    const answers = results.map((r) => (r.ok ? r.value.item.state : r.error.code));
    expect(answers).toContain('created');
    for (const a of answers) expect(['created', 'conflict']).toContain(a);
  });

  it('Paynet notify flags: Paynet sends the link itself, recorded as sends on the timeline', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest({ notifyBySms: true, notifyByEmail: true, customer: { name: 'Ayşe Yılmaz', phone: '+905321234567', email: 'ayse@example.com' } });
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.record?.timeline).toMatchObject([
      { kind: 'created', outcome: 'ok' },
      { kind: 'sent', outcome: 'ok', channel: 'sms', detail: '+905321234567' },
      { kind: 'sent', outcome: 'ok', channel: 'email', detail: 'ayse@example.com' },
    ]);
    expect(kit.paynet.linkByReference(request.reference)).toMatchObject({ send_sms: true, phone: '5321234567', send_mail: true });
  });

  it('bad input never reaches the provider or the outbox (capabilities and the provider rules)', async () => {
    const paytr = await kit.account('paytr');
    const paynet = await kit.account('paynet');
    const before = creates(kit);
    const cases = [
      [paytr, paytrRequest({ description: 'Çay' }), 'description'],
      [paytr, paytrRequest({ linkType: 'amount' }), 'linkType'],
      [paynet, paynetRequest({ maxInstallments: 3 }), 'maxInstallments'],
      [paynet, paynetRequest({ customer: {} }), 'customer.name'],
      [paynet, paynetRequest({ expiresAt: new Date(Date.now() - 3_600_000).toISOString() }), 'expiresAt'],
    ] as const;
    for (const [account, request, field] of cases) {
      const result = await kit.invoke('links:create', createInput(account, request));
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field, userMessage: { tr: expect.any(String), en: expect.any(String) } } });
      expect(await kit.item(request.reference)).toBeUndefined();
    }
    expect(creates(kit)).toBe(before);
    expect(await kit.invoke('links:create', createInput('acc_doesnotexist00', paytrRequest()))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a provider refusal is the provider’s error; the item is failed, and the same reference edited goes out', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    kit.paytr.rejectNext({ status: 'failed', reason: 'Link API bu magaza icin aktif degil' }, '/odeme/api/link/create');
    const refused = await kit.invoke('links:create', createInput(account, request));
    expect(refused).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'Link API bu magaza icin aktif degil' } });
    expect(await kit.item(request.reference)).toMatchObject({ state: 'failed', lastError: { code: 'provider-rejected' } });
    const edited = await kit.ok<Outcome>('links:create', createInput(account, { ...request, description: 'Düzeltilmiş ürün' }));
    expect(edited.item).toMatchObject({ state: 'created', attempts: 2 });
    expect(edited.record?.description).toBe('Düzeltilmiş ürün');
  });

  it('mode later queues the link and the worker sends it', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest();
    const queued = await kit.ok<Outcome>('links:create', createInput(account, request, 'later'));
    expect(queued).toMatchObject({ item: { state: expect.stringMatching(/queued|sending|created/) }, record: null });
    await waitFor(async () => (await kit.item(request.reference))?.state === 'created', 5000, 'the queued link to go out');
    expect(await kit.record(request.reference)).toMatchObject({ status: 'active', url: expect.any(String) });
    expect(kit.paynet.links.filter((l) => l.reference_no === request.reference)).toHaveLength(1);
  });

  it('emits outbox:changed with the summary on changes', async () => {
    const account = await kit.account('paytr');
    const before = kit.summaries.length;
    await kit.ok('links:create', createInput(account, paytrRequest()));
    expect(kit.summaries.length).toBeGreaterThan(before);
    expect(kit.summaries.at(-1)).toMatchObject({ counts: expect.any(Object), pending: expect.any(Number), draining: expect.any(Boolean) });
  });
});
