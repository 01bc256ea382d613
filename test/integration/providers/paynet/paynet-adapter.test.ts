import { bothLanguages } from '../../../../src/shared/i18n/user-text';
import { withWords } from '../../../support/said';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaynetAdapter } from '../../../../src/main/providers/paynet/paynet-adapter';
import type { CreatedLink, CreateLinkRequest } from '../../../../src/shared/domain/link';
import { startPaynetEmulator, type PaynetEmulator } from '../../../emulators/paynet/paynet-emulator';
import { paynetRequest } from '../../../unit/providers/link-request-fixture';
import { linkRef, paynetContext, totalRequests } from '../provider-kit';

const adapter = createPaynetAdapter({ timeoutMs: 5000 });
let emu: PaynetEmulator;

beforeAll(async () => {
  emu = await startPaynetEmulator();
});
afterAll(() => emu.stop());

async function createOk(request: CreateLinkRequest, ctx = paynetContext(emu)): Promise<CreatedLink> {
  const result = await adapter.createLink(ctx, request);
  if (!result.ok) throw new Error(`create failed: ${result.error.code} ${result.error.message} ${result.error.providerMessage ?? ''}`);
  return result.value;
}
const refOf = (request: CreateLinkRequest, link: CreatedLink) => linkRef(request.reference, link.providerRefs);

describe('Paynet create ↔ emulator', () => {
  it('sends JSON with the raw Basic key; amount in major units, our reference, hours rounded up', async () => {
    const request = paynetRequest({ expiresAt: new Date(Date.now() + 71.5 * 3600_000).toISOString() });
    const link = await createOk(request, paynetContext(emu, { agentId: 'AG42' }));

    expect(link.url).toMatch(new RegExp(`^${emu.url}/paylink/[0-9a-f]{16}$`));
    expect(link.providerRefs).toEqual({ reference_no: request.reference });
    expect(emu.linkByReference(request.reference)).toMatchObject({
      name_surname: 'Ayşe Yılmaz',
      amount: 149.99,
      expire_date: 72,
      note: 'Kasım ayı aidatı',
      agent_id: 'AG42',
      send_sms: false,
      send_mail: false,
    });
    const wire = emu.requests.at(-1)!;
    expect(wire.headers.authorization).toBe(`Basic ${emu.secretKey}`);
    expect(wire.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(wire.headers.accept).toBe('application/json; charset=UTF-8');
    expect(wire.rawBody).toContain('"amount":149.99');
    expect(emu.emulator.countReference(request.reference)).toBe(1);
  });

  it('asks Paynet to send SMS (10-digit phone) and e-mail', async () => {
    const request = paynetRequest({
      notifyBySms: true,
      notifyByEmail: true,
      customer: { name: 'Ali Veli', phone: '+905551234567', email: 'ali@example.com' },
    });
    await createOk(request);
    expect(emu.linkByReference(request.reference)).toMatchObject({ send_sms: true, phone: '5551234567', send_mail: true, email: 'ali@example.com' });
  });

  it('keeps Paynet’s id when the create answer carries one', async () => {
    const withId = await startPaynetEmulator({ includeIdInCreate: true });
    try {
      const request = paynetRequest();
      const link = await createOk(request, paynetContext(withId));
      expect(link.providerRefs).toEqual({ reference_no: request.reference, id: withId.linkByReference(request.reference)!.id });
    } finally {
      await withId.stop();
    }
  });

  it('a wrong key → 401 envelope → auth-failed with Paynet’s message', async () => {
    const result = await adapter.createLink(paynetContext(emu, { secretKey: 'sck_wrong' }), paynetRequest());
    expect(result).toMatchObject({ ok: false, error: { code: 'auth-failed', retryable: false, providerMessage: 'Geçersiz anahtar' } });
  });
});

describe('Paynet lookup, cancel and test connection ↔ emulator', () => {
  it('lookup by reference_no: active, then paid once a succeeded transaction covers the amount', async () => {
    const request = paynetRequest();
    const link = await createOk(request);
    const ref = refOf(request, link);
    expect(await adapter.lookup!(paynetContext(emu), ref)).toEqual({
      ok: true,
      value: {
        status: 'active',
        url: link.url,
        details: { reference_no: request.reference, id: emu.linkByReference(request.reference)!.id, providerStatus: '0' },
        // What to record when the create answer was lost: the reconciler takes these as they are.
        providerRefs: { reference_no: request.reference, id: emu.linkByReference(request.reference)!.id },
      },
    });
    emu.markPaid(request.reference, { amountMinor: 14998 });
    emu.markPaid(request.reference, { succeeded: false });
    expect(await adapter.lookup!(paynetContext(emu), ref)).toMatchObject({ ok: true, value: { status: 'active' } });
    const paid = emu.markPaid(request.reference);
    expect(await adapter.lookup!(paynetContext(emu), ref)).toMatchObject({
      ok: true,
      value: { status: 'paid', paidAmountMinor: 14999, paidAt: paid.xact_date, details: { xact_id: paid.xact_id } },
    });
  });

  it('lookup of a reference Paynet never saw → null (so the outbox may reconcile)', async () => {
    expect(await adapter.lookup!(paynetContext(emu), linkRef('PD0000NEVERSENT', {}))).toEqual({ ok: true, value: null });
  });

  it('cancel sets the link passive (status_update 3)', async () => {
    const request = paynetRequest();
    const link = await createOk(request);
    expect(await adapter.cancel!(paynetContext(emu), refOf(request, link))).toEqual({ ok: true, value: { done: true } });
    expect(emu.linkByReference(request.reference)!.status).toBe(3);
    const unknown = await adapter.cancel!(paynetContext(emu), linkRef('PD0000NEVERSENT', {}));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found', providerMessage: 'Kayıt bulunamadı' } });
  });

  it('test connection lists today’s links', async () => {
    const result = await adapter.testConnection(paynetContext(emu));
    expect(result.ok && bothLanguages(result.value.detail)).toEqual({ tr: `Paynet anahtarı kabul etti (bugün ${emu.links.length} PayLink)`, en: `Paynet accepted the key (${emu.links.length} PayLink(s) today)` });
    const wrong = await adapter.testConnection(paynetContext(emu, { secretKey: 'sck_nope' }));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
  });
});

describe('Paynet result codes and non-200 envelopes ↔ adapter', () => {
  const CREATE = '/v1/mailorder/create';
  const DETAIL = '/v1/mailorder/detail';

  it.each([
    [1, 'provider-rejected'],
    [2, 'provider-rejected'],
    [5, 'provider-rejected'],
    [7, 'auth-failed'],
    [8, 'ambiguous'],
    [10, 'ambiguous'],
  ])('create answered code %d → %s, with the message kept', async (code, expected) => {
    emu.rejectNext({ object_name: 'error', code, message: `Paynet mesajı ${code}` }, { path: CREATE });
    const result = await adapter.createLink(paynetContext(emu), paynetRequest());
    expect(result).toMatchObject({ ok: false, error: { code: expected, providerMessage: `Paynet mesajı ${code}` } });
  });

  it('code 100 ("old successful") is a success', async () => {
    emu.rejectNext({ object_name: 'mailorder', code: 100, message: 'ok', url: 'https://pts-pj.paynet.com.tr/l/abc' }, { path: CREATE });
    expect(await adapter.createLink(paynetContext(emu), paynetRequest())).toMatchObject({ ok: true, value: { url: 'https://pts-pj.paynet.com.tr/l/abc' } });
  });

  it('a success without url → ambiguous (the link may exist)', async () => {
    emu.rejectNext({ object_name: 'mailorder', code: 0, message: 'ok' }, { path: CREATE });
    expect(await adapter.createLink(paynetContext(emu), paynetRequest())).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
  });

  it('on a read, server error / timeout codes are retryable', async () => {
    for (const code of [8, 10]) {
      emu.rejectNext({ code, message: 'Sunucu hatası' }, { path: DETAIL });
      const result = await adapter.lookup!(paynetContext(emu), linkRef('PD0000000001', {}));
      expect(result).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryable: true } });
    }
  });

  it('403 → auth-failed; 404 with result_code 12 → no record; bare 404 and 405 → provider-rejected', async () => {
    const ref = linkRef('PD0000000001', {});
    emu.rejectNext({ type: 'forbidden', message: 'Yetkisiz', code: 403, result_code: 7 }, { status: 403, path: DETAIL });
    expect(await adapter.lookup!(paynetContext(emu), ref)).toMatchObject({ ok: false, error: { code: 'auth-failed', providerMessage: 'Yetkisiz' } });
    emu.rejectNext({ type: 'not_found', message: 'Kayıt yok', code: 404, result_code: 12 }, { status: 404, path: DETAIL });
    expect(await adapter.lookup!(paynetContext(emu), ref)).toEqual({ ok: true, value: null });
    emu.rejectNext({ message: 'Not Found' }, { status: 404, path: DETAIL });
    expect(await adapter.lookup!(paynetContext(emu), ref)).toMatchObject({ ok: false, error: { code: 'provider-rejected' } });
    emu.rejectNext({ type: 'method', message: 'Method Not Allowed', code: 405, result_code: 9 }, { status: 405, path: CREATE });
    expect(await adapter.createLink(paynetContext(emu), paynetRequest())).toMatchObject({
      ok: false,
      error: { code: 'provider-rejected', providerMessage: 'Method Not Allowed' },
    });
  });
});

describe('Paynet rules before any request', () => {
  it('invalid input is refused in Turkish and English with zero HTTP requests', async () => {
    const before = totalRequests(emu.emulator);
    const ctx = paynetContext(emu);
    const noName = await adapter.createLink(ctx, paynetRequest({ customer: {} }));
    expect(withWords(noName)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'customer.name', userMessage: { tr: 'Paynet için müşterinin adı soyadı gerekli.' } },
    });
    for (const request of [
      paynetRequest({ notifyBySms: true }),
      paynetRequest({ notifyByEmail: true }),
      paynetRequest({ amount: { minor: 100, currency: 'USD' } }),
      paynetRequest({ expiresAt: new Date(Date.now() - 60_000).toISOString() }),
      paynetRequest({ linkType: 'product' }),
    ]) {
      expect(await adapter.createLink(ctx, request)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await adapter.testConnection(paynetContext(emu, { secretKey: '' }))).toMatchObject({ ok: false, error: { code: 'credential-missing' } });
    expect(totalRequests(emu.emulator)).toBe(before);
  });
});
