import { afterEach, describe, expect, it } from 'vitest';
import { createIsbankAdapter } from '../../../../src/main/providers/isbank/isbank-adapter';
import type { Fault } from '../../../emulators/emulator-server';
import { startIsbankEmulator, TOKEN_PATH, type IsbankEmulator } from '../../../emulators/isbank/isbank-emulator';
import { isbankContext, isbankLinkRequest } from './isbank-kit';

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
  it.each<[string, Fault, string]>([
    ['5xx', { kind: 'status', status: 500 }, 'provider-unavailable'],
    ['429', { kind: 'rate-limit', retryAfterSeconds: 3 }, 'provider-unavailable'],
    ['reset before processing', { kind: 'reset-before-processing' }, 'ambiguous'],
    ['reset after processing', { kind: 'reset-after-processing' }, 'ambiguous'],
    ['an HTML page', { kind: 'html' }, 'ambiguous'],
    ['truncated JSON', { kind: 'truncated-json' }, 'ambiguous'],
    ['a huge body', { kind: 'huge-body', bytes: 3 * 1024 * 1024 }, 'ambiguous'],
    ['a never-finishing body', { kind: 'never-finish' }, 'ambiguous'],
  ])('%s → %s', async (_name, fault, code) => {
    const { emu, adapter, ctx } = await withFault(fault, CREATE);
    const request = isbankLinkRequest();
    const result = await adapter.createLink(ctx, request);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    expect(JSON.stringify(result)).not.toMatch(new RegExp(secretsOf(emu).join('|')));
    if (fault.kind === 'rate-limit' && !result.ok) expect(result.error.retryAfterMs).toBe(3000);
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
  it.each<[string, Fault, string]>([
    ['5xx', { kind: 'status', status: 502 }, 'provider-unavailable'],
    ['429', { kind: 'rate-limit', retryAfterSeconds: 1 }, 'provider-unavailable'],
    ['reset', { kind: 'reset-after-processing' }, 'network'],
    ['an HTML page', { kind: 'html' }, 'provider-unavailable'],
    ['truncated JSON', { kind: 'truncated-json' }, 'provider-unavailable'],
    ['a huge body', { kind: 'huge-body', bytes: 3 * 1024 * 1024 }, 'provider-unavailable'],
    ['a never-finishing body', { kind: 'never-finish' }, 'timeout'],
  ])('%s → %s', async (_name, fault, code) => {
    const { adapter, ctx } = await withFault(fault, MERCHANTS);
    const result = await adapter.merchants(ctx);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});
