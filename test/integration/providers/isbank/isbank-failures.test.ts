import { afterEach, describe, expect, it } from 'vitest';
import { createIsbankAdapter } from '../../../../src/main/providers/isbank/isbank-adapter';
import type { Fault } from '../../../emulators/emulator-server';
import { startIsbankEmulator, TOKEN_PATH, type IsbankEmulator } from '../../../emulators/isbank/isbank-emulator';
import { isbankContext, isbankLinkRequest } from './isbank-kit';
import { readFailureClasses, RETRY_AFTER_SECONDS, sideEffectFailureClasses } from '../failure-classes';

/** Every failure class over real HTTP: on link creation (a side effect) and on a look-up. */
let emulator: IsbankEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});

const CREATE = '/api/isbank/maximum/paybylink/v1/payment-links';
const MERCHANTS = '/api/isbank/maximum/paybylink/v1/merchants';

async function withFault(fault: Fault, path: string) {
  emulator = await startIsbankEmulator();
  const adapter = createIsbankAdapter({ timeoutMs: 300 });
  const ctx = isbankContext(emulator);
  emulator.server.injectFault(fault, { path });
  return { emu: emulator, adapter, ctx };
}

const secretsOf = (emu: IsbankEmulator) => [emu.credentials.clientId, emu.credentials.clientSecret];

describe('İşbank failure classes on link creation', () => {
  it.each(sideEffectFailureClasses)('%s → %s', async (_name, fault, code) => {
    const { emu, adapter, ctx } = await withFault(fault, CREATE);
    const request = isbankLinkRequest();
    const result = await adapter.createLink(ctx, request);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    expect(JSON.stringify(result)).not.toMatch(new RegExp(secretsOf(emu).join('|')));
    if (fault.kind === 'rate-limit' && !result.ok) expect(result.error.retryAfterMs).toBe(RETRY_AFTER_SECONDS * 1000);
    if (fault.kind === 'reset-after-processing') expect(emu.server.countReference(request.description)).toBe(1);
    expect(emu.count(`POST ${CREATE}`)).toBe(1); // never retried on its own
  });

  it('unreachable → network', async () => {
    emulator = await startIsbankEmulator();
    const ctx = isbankContext(emulator);
    await emulator.stop();
    const result = await createIsbankAdapter().createLink(ctx, isbankLinkRequest());
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'network', retryable: true });
  });

  it('a token endpoint that is down → provider-unavailable and no create call', async () => {
    const { emu, adapter, ctx } = await withFault({ kind: 'status', status: 503 }, TOKEN_PATH);
    const result = await adapter.createLink(ctx, isbankLinkRequest());
    expect(result.ok ? 'ok' : result.error.code).toBe('provider-unavailable');
    expect(emu.count(`POST ${CREATE}`)).toBe(0);
  });

  it('a token answer that is not JSON → provider-unavailable', async () => {
    const { adapter, ctx } = await withFault({ kind: 'truncated-json' }, TOKEN_PATH);
    const result = await adapter.merchants(ctx);
    expect(result.ok ? 'ok' : result.error.code).toBe('provider-unavailable');
  });
});

describe('İşbank failure classes on a look-up (no side effect)', () => {
  it.each(readFailureClasses)('%s → %s', async (_name, fault, code) => {
    const { adapter, ctx } = await withFault(fault, MERCHANTS);
    const result = await adapter.merchants(ctx);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});
