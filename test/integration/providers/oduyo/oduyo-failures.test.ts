import { afterEach, describe, expect, it } from 'vitest';
import { createOduyoAdapter } from '../../../../src/main/providers/oduyo/oduyo-adapter';
import type { Fault } from '../../../emulators/emulator-server';
import { startOduyoEmulator, type OduyoEmulator } from '../../../emulators/oduyo/oduyo-emulator';
import { expectNoSecrets, linkRequest, oduyoContext } from './oduyo-kit';
import { readFailureClasses, RETRY_AFTER_SECONDS, sideEffectFailureClasses } from '../failure-classes';

/** Every failure class over real HTTP: on create (a side effect) and on a read (status lookup). */
let emulator: OduyoEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});

const GET_LINK = '/api/v1/pay/get_link';
const SELECT = '/api/v1/payment/payment_select';
const lookupRef = { reference: 'PD0000000001', providerRefs: { paymentsendid: 'abc123' }, createdAt: '' };

async function withFault(fault: Fault, path: string) {
  emulator = await startOduyoEmulator();
  const adapter = createOduyoAdapter({ timeoutMs: 300 });
  const ctx = oduyoContext(emulator);
  emulator.server.injectFault(fault, { path });
  return { emu: emulator, adapter, ctx };
}

describe('Ödüyo failure classes on link creation', () => {
  it.each(sideEffectFailureClasses)('%s → %s', async (_name, fault, code) => {
    const { emu, adapter, ctx } = await withFault(fault, GET_LINK);
    const result = await adapter.createLink(ctx, linkRequest());
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    if (!result.ok) expectNoSecrets(result.error, [emu.credentials.password, emu.credentials.apiKey]);
    if (fault.kind === 'rate-limit' && !result.ok) expect(result.error).toMatchObject({ retryAfterMs: RETRY_AFTER_SECONDS * 1000, retryable: true });
    if (fault.kind === 'reset-after-processing') expect(emu.links.size).toBe(1); // it was created: hence ambiguous
    expect(emu.count(`POST ${GET_LINK}`)).toBe(1); // never retried on its own
  });

  it('unreachable → network', async () => {
    emulator = await startOduyoEmulator();
    const ctx = oduyoContext(emulator);
    await emulator.stop();
    const result = await createOduyoAdapter().createLink(ctx, linkRequest());
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'network', retryable: true });
  });

  it('a login that fails with 500 → provider-unavailable, and no link call', async () => {
    const { emu, adapter, ctx } = await withFault({ kind: 'status', status: 500 }, '/api/v1/ws/login');
    const result = await adapter.createLink(ctx, linkRequest());
    expect(result.ok ? 'ok' : result.error.code).toBe('provider-unavailable');
    expect(emu.count(`POST ${GET_LINK}`)).toBe(0);
  });

  it('a 2xx answer whose data is not a link → ambiguous', async () => {
    emulator = await startOduyoEmulator({ getLinkReply: () => ({ json: { status: true, data: '{"nope":1}' } }) });
    const result = await createOduyoAdapter().createLink(oduyoContext(emulator), linkRequest());
    expect(result.ok ? 'ok' : result.error.code).toBe('ambiguous');
  });
});

describe('Ödüyo failure classes on status lookup (no side effect)', () => {
  it.each(readFailureClasses)('%s → %s', async (_name, fault, code) => {
    const { adapter, ctx } = await withFault(fault, SELECT);
    const result = await adapter.lookup!(ctx, lookupRef);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it('recovers on the next call once the fault is gone', async () => {
    const { adapter, ctx } = await withFault({ kind: 'status', status: 502 }, SELECT);
    expect((await adapter.lookup!(ctx, lookupRef)).ok).toBe(false);
    expect(await adapter.lookup!(ctx, lookupRef)).toEqual({ ok: true, value: { status: 'active', details: {} } });
  });
});
