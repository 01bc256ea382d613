import { bothLanguages } from '../../../../src/shared/i18n/user-text';
import { withWords } from '../../../support/said';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createOduyoAdapter, customerFilters } from '../../../../src/main/providers/oduyo/oduyo-adapter';
import { customerIdFromText } from '../../../../src/main/providers/oduyo/oduyo-wire';
import { startOduyoEmulator, type OduyoEmulator, type OduyoEmulatorOptions } from '../../../emulators/oduyo/oduyo-emulator';
import { linkRequest, manualClock, oduyoContext } from './oduyo-kit';

const fixtureText = (name: string) => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
const seedRequest = JSON.parse(fixtureText('oduyo-get-link-request.json')) as Record<string, unknown>;

let emulator: OduyoEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});
async function setup(options: OduyoEmulatorOptions = {}) {
  emulator = await startOduyoEmulator(options);
  return { emu: emulator, adapter: createOduyoAdapter(), ctx: oduyoContext(emulator) };
}

describe('Ödüyo get_link (source 000)', () => {
  it('sends the documented request shape, price in lira, and returns the url and paymentsendid', async () => {
    const { emu, adapter, ctx } = await setup();
    const result = await adapter.createLink(ctx, linkRequest());
    if (!result.ok) throw new Error(result.error.message);
    const [record] = [...emu.links.values()];
    const { installment, ...seedShaped } = record!.body as Record<string, unknown>;
    expect(seedShaped).toEqual(seedRequest); // {"id":"76","integration_id":"","price":500,…,"payment_type":"2"}
    expect(installment).toBe(1);
    expect(result.value).toEqual({ url: record!.url, providerRefs: { paymentsendid: record!.paymentsendid, customerId: '76' } });
  });

  it('parses the documented 200 body verbatim: data is a JSON string parsed twice', async () => {
    const { adapter, ctx } = await setup({ getLinkReply: () => ({ text: fixtureText('oduyo-get-link-200.json') }) });
    const result = await adapter.createLink(ctx, linkRequest());
    expect(result).toEqual({
      ok: true,
      value: {
        url: 'http://127.0.0.1/paymentnew/?4ABE7AE7A199CEE87D34CC1360E706=s%3A96%3A%22eJwLLqksLqkMNQwJicwsSnR2yUoMCvWsDEwNNcwrj8j01DbyCfI3McjxzNJOc%2FF28korLXXKSE2OCCtxLQr1ds0tBADYbhYh%22%3B',
        providerRefs: { paymentsendid: 'wEMi6QXkBCRls5u20250721123434', customerId: '76' },
      },
    });
  });

  it('turns the documented 404 into a clear customer-account-not-found error', async () => {
    const { adapter, ctx } = await setup();
    const result = await adapter.createLink(ctx, linkRequest({ customer: { oduyoCustomerId: '999' } }));
    expect(withWords(result.ok ? 'ok' : result.error)).toMatchObject({
      code: 'not-found',
      field: 'customer.oduyoCustomerId',
      providerMessage: 'No record found for this ID',
      userMessage: { tr: expect.stringMatching(/cari hesap bulunamadı/), en: expect.stringMatching(/Customer account not found/) },
    });
  });

  it('sends kuruş exactly, installments and the Turkish expiry date', async () => {
    const { emu, adapter } = await setup();
    const ctx = oduyoContext(emu, { clock: manualClock('2025-07-21T09:00:00Z') });
    const result = await adapter.createLink(
      ctx,
      linkRequest({ amount: { minor: 125_050, currency: 'TRY' }, maxInstallments: 6, expiresAt: '2025-07-27T22:30:00Z' }),
    );
    expect(result.ok).toBe(true);
    expect([...emu.links.values()][0]!.body).toMatchObject({ price: 1250.5, installment: 6, expire_time: '2025-07-28' });
  });

  it('creates open-amount links with payLink/getlink and only the customer id', async () => {
    const { emu, adapter, ctx } = await setup();
    const result = await adapter.createLink(ctx, linkRequest({ linkType: 'open-amount' }));
    expect(result.ok).toBe(true);
    expect(emu.count('POST /api/v1/payLink/getlink')).toBe(1);
    expect([...emu.links.values()][0]).toMatchObject({ open: true, body: { id: '76' } });
    expect(Object.keys([...emu.links.values()][0]!.body as object)).toEqual(['id']);
  });

  it('rejects invalid requests before any HTTP request', async () => {
    const { emu, adapter, ctx } = await setup();
    for (const request of [
      linkRequest({ customer: {} }),
      linkRequest({ amount: { minor: 100, currency: 'EUR' } }),
      linkRequest({ expiresAt: '2025-07-01T00:00:00Z' }),
    ]) {
      const result = await adapter.createLink(ctx, request);
      expect(withWords(result.ok ? 'ok' : result.error)).toMatchObject({ code: 'invalid-input', userMessage: { tr: expect.any(String) } });
    }
    expect(emu.count('POST /api/v1/ws/login')).toBe(0);
    expect(emu.count('POST /api/v1/pay/get_link')).toBe(0);
  });
});

describe('Ödüyo customer accounts', () => {
  it('lists with filters and pages, sending the documented list body', async () => {
    const { emu, adapter, ctx } = await setup();
    emu.customers.push(
      { id: '77', name: 'Ali Veli', email: 'ali@example.com', telephone: '5329876543', status: '1' },
      { id: '78', name: 'Ayşe Kaya', email: 'ayse@example.com', telephone: '5551112233', status: '1' },
    );
    const all = await adapter.listCustomers(ctx, { limit: 20, offset: 0 });
    expect(all.ok && all.value.map((c) => c.id)).toEqual(['76', '77', '78']);
    const page = await adapter.listCustomers(ctx, { limit: 1, offset: 1 });
    expect(page.ok && page.value.map((c) => c.id)).toEqual(['77']);
    expect(emu.listBodies[1]).toEqual({
      filters: [],
      params: { colums: ['id', 'name', 'email', 'telephone', 'status', 'balance', 'current_card_code', 'tax_number', 'tc_number'] },
      limit: '1',
      offset: '1',
      sorting: [{ field: 'id', sort: 'ASC' }],
    });
    const byName = await adapter.listCustomers(ctx, { text: 'ayşe', limit: 20, offset: 0 });
    expect(byName.ok && byName.value).toEqual([
      { id: '78', name: 'Ayşe Kaya', email: 'ayse@example.com', telephone: '5551112233', status: '1', balance: undefined, cardCode: undefined },
    ]);
    const byPhone = await adapter.listCustomers(ctx, { text: '+90 532 987 65 43', limit: 20, offset: 0 });
    expect(byPhone.ok && byPhone.value.map((c) => c.id)).toEqual(['77']);
    const byId = await adapter.listCustomers(ctx, { text: '76', limit: 20, offset: 0 });
    expect(byId.ok && byId.value.map((c) => c.name)).toEqual(['Pınar Köprülü']);
  });

  it('builds one documented filter from free text', () => {
    expect(customerFilters(undefined)).toEqual([]);
    expect(customerFilters(' %_ ')).toEqual([]);
    expect(customerFilters('ali@x.com')).toEqual([{ field: 'email', operator: 'LIKE', value: '%ali@x.com%' }]);
    expect(customerFilters('0532 123 45 67')).toEqual([{ field: 'telephone', operator: 'LIKE', value: '%5321234567%' }]);
    expect(customerFilters('42')).toEqual([{ field: 'id', operator: '=', value: '42' }]);
    expect(customerFilters('Ali')).toEqual([{ field: 'name', operator: 'LIKE', value: '%Ali%' }]);
  });

  it('creates an account and reads the new id from the answer text', async () => {
    const { emu, adapter, ctx } = await setup();
    const created = await adapter.createCustomer(ctx, { name: 'Yeni Müşteri', kind: 'organisation', phone: '+905321112233', taxNumber: '1234567890' });
    expect(created).toEqual({
      ok: true,
      value: { id: '77', name: 'Yeni Müşteri', email: undefined, telephone: '5321112233', status: '1', cardCode: undefined },
    });
    expect(emu.customers.at(-1)).toMatchObject({ id: '77', customer_type_1: '2', customer_type_2: '1', tax_number: '1234567890', balance: '0' });
    const link = await adapter.createLink(ctx, linkRequest({ customer: { oduyoCustomerId: '77' } }));
    expect(link.ok).toBe(true);
  });

  it('extracts ids with or without angle brackets', () => {
    expect(customerIdFromText('Customer successfully added id <4>')).toBe('4');
    expect(customerIdFromText('Customer successfully added id 42')).toBe('42');
    expect(customerIdFromText('Customer successfully added')).toBeUndefined();
  });

  it('reports a refusal with the provider message', async () => {
    const { adapter, ctx } = await setup();
    const result = await adapter.createCustomer(ctx, { name: ' ', kind: 'person' });
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'provider-rejected', providerMessage: 'name is required' });
  });
});

describe('Ödüyo status lookup and connection test', () => {
  it('is active until payment_select shows 3D-SUCCESS for the paymentsendid', async () => {
    const { emu, adapter, ctx } = await setup();
    const created = await adapter.createLink(ctx, linkRequest());
    if (!created.ok) throw new Error(created.error.message);
    const ref = { reference: 'PD0000000001', providerRefs: created.value.providerRefs, createdAt: '' };
    expect(await adapter.lookup!(ctx, ref)).toEqual({ ok: true, value: { status: 'active', details: {} } });
    emu.markPaid(created.value.providerRefs.paymentsendid!, '3D-ERROR');
    expect(await adapter.lookup!(ctx, ref)).toEqual({ ok: true, value: { status: 'active', details: { lastAttempt: '3D-ERROR' } } });
    emu.markPaid(created.value.providerRefs.paymentsendid!, '3D-SUCCESS');
    const paid = await adapter.lookup!(ctx, ref);
    expect(paid).toMatchObject({
      ok: true,
      value: { status: 'paid', paidAmountMinor: 50_000, paidAt: '2025-07-21 12:40:00', details: { total_with_commison: '510.00' } },
    });
    expect(emu.server.countReference(created.value.providerRefs.paymentsendid!)).toBe(3);
    expect(emu.listBodies[0]).toMatchObject({ filters: [{ field: 'paymentsend_id', operator: '=', value: created.value.providerRefs.paymentsendid }] });
  });

  it('treats "No record found" from payment_select as no payment yet', async () => {
    const { adapter, ctx } = await setup({ emptySelectAs: 'not-found' });
    const result = await adapter.lookup!(ctx, { reference: 'x', providerRefs: { paymentsendid: 'abc' }, createdAt: '' });
    expect(result).toEqual({ ok: true, value: { status: 'active', details: {} } });
  });

  it('tests the connection with a fresh login and a one-row customer list', async () => {
    const { emu, adapter, ctx } = await setup();
    await adapter.createLink(ctx, linkRequest());
    const result = await adapter.testConnection(ctx);
    expect(result.ok && bothLanguages(result.value.detail)).toEqual({ tr: 'Ödüyo girişi başarılı; cari hesaplar okunabiliyor', en: 'Ödüyo login OK; customer accounts readable' });
    expect(emu.logins).toBe(2);
    expect(emu.count('POST /api/v1/customer/customer_list')).toBe(1);
  });
});
