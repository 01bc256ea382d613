import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createIsbankAdapter } from '../../../../src/main/providers/isbank/isbank-adapter';
import { DEFAULT_SERVICE_PATHS } from '../../../../src/main/providers/isbank/isbank-services';
import { parseServiceSpec } from '../../../../src/shared/service-spec';
import { PAYMENTS_PATH, startIsbankEmulator, type IsbankEmulator } from '../../../emulators/isbank/isbank-emulator';
import { isbankContext } from './isbank-kit';

const seedServices = JSON.parse(readFileSync(new URL('../../../fixtures/isbank-services.json', import.meta.url), 'utf8')) as unknown;
const valid = { SubscriberName: 'Ayşe Yılmaz', Tckn_Vkn_Ykn: '12345678901', OnBehalfOf: 'K' };

let emulator: IsbankEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});
async function setup() {
  emulator = await startIsbankEmulator();
  return { emu: emulator, adapter: createIsbankAdapter(), ctx: isbankContext(emulator) };
}

describe('İşbank service spec over HTTP (source 004)', () => {
  it('fetches the Services answer and builds the same model as the documented fixture', async () => {
    const { adapter, ctx } = await setup();
    const result = await adapter.serviceSpec(ctx, '10065');
    expect(result).toEqual(parseServiceSpec(seedServices));
    expect(result.ok && result.value.entries.length).toBe(8);
  });

  it('an unknown service → not-found; a malformed id → invalid-input without a request', async () => {
    const { emu, adapter, ctx } = await setup();
    const unknown = await adapter.serviceSpec(ctx, '999');
    expect(unknown.ok ? 'ok' : unknown.error).toMatchObject({ code: 'not-found', providerMessage: 'Hizmet bulunamadı' });
    const bad = await adapter.serviceSpec(ctx, '../../merchants');
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-input');
    expect(emu.count('GET /api/isbank/v1/donations/services/999')).toBe(1);
  });

  it('uses overridden service paths (the real ones are unverified)', async () => {
    const { emu, ctx } = await setup();
    const adapter = createIsbankAdapter({ servicePaths: { service: '/api/isbank/v2/services/{service_id}' } });
    const result = await adapter.serviceSpec(ctx, '10065');
    expect(result.ok ? 'ok' : result.error.code).toBe('not-found');
    expect(emu.count('GET /api/isbank/v2/services/10065')).toBe(1);
    expect(DEFAULT_SERVICE_PATHS.payments).toBe(PAYMENTS_PATH);
  });
});

describe('İşbank service payment', () => {
  it('validates again in main, sends basic and selected values, and reads the Payments answer', async () => {
    const { emu, adapter, ctx } = await setup();
    const result = await adapter.payService(ctx, '10065', { ...valid, Email: 'ayse@example.com' }, { minor: 26_500, currency: 'EUR' });
    expect(result).toEqual({
      ok: true,
      value: {
        paymentId: '2493761',
        executionDate: '2020-08-14T10:03:14.7450165+03:00',
        amountMinor: 26_500,
        currency: 'EUR',
        overdraftAmountMinor: 0,
        overdraftCurrency: 'TRY',
        sosUsed: false,
      },
    });
    expect(emu.payments[0]!.body).toEqual({
      service_id: 10065,
      basic_input_values: [
        { name: 'SubscriberName', value: 'Ayşe Yılmaz' },
        { name: 'Tckn_Vkn_Ykn', value: '12345678901' },
        { name: 'Email', value: 'ayse@example.com' },
      ],
      selected_input_values: [{ name: 'OnBehalfOf', selected_item: { key: 'K', value: 'Kendi adıma' } }],
      amount: 265,
      currency_code: 'EUR',
    });
  });

  it.each([
    ['a missing required field', { OnBehalfOf: 'K' }, { minor: 100_000, currency: 'TRY' as const }, 'SubscriberName'],
    ['a wrong choice', { ...valid, OnBehalfOf: 'X' }, { minor: 100_000, currency: 'TRY' as const }, 'OnBehalfOf'],
    ['an amount below the TRY minimum', valid, { minor: 89_999, currency: 'TRY' as const }, 'amount'],
    ['a half-filled address', { ...valid, Country: 'Türkiye' }, { minor: 100_000, currency: 'TRY' as const }, 'Province'],
  ])('refuses %s with invalid-input and pays nothing', async (_name, values, amount, field) => {
    const { emu, adapter, ctx } = await setup();
    const result = await adapter.payService(ctx, '10065', values, amount);
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'invalid-input', field, userMessage: { tr: expect.any(String), en: expect.any(String) } });
    expect(emu.count(`POST ${PAYMENTS_PATH}`)).toBe(0);
  });

  it('a lost payment answer is ambiguous (money may have moved)', async () => {
    const { emu, adapter, ctx } = await setup();
    emu.server.injectFault({ kind: 'reset-after-processing' }, { path: PAYMENTS_PATH });
    const result = await adapter.payService(ctx, '10065', valid, { minor: 100_000, currency: 'TRY' });
    expect(result.ok ? 'ok' : result.error.code).toBe('ambiguous');
    expect(emu.payments).toHaveLength(1);
  });
});
