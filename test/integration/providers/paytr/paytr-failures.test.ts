import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaytrAdapter } from '../../../../src/main/providers/paytr/paytr-adapter';
import type { Fault } from '../../../emulators/emulator-server';
import { startPaytrEmulator, type PaytrEmulator } from '../../../emulators/paytr/paytr-emulator';
import { paytrRequest } from '../../../unit/providers/link-request-fixture';
import { linkRef, paytrContext } from '../provider-kit';

/**
 * Every failure class over real HTTP. Create, send and delete are side effects (a lost answer is
 * `ambiguous`); the transaction report behind "test connection" is a read.
 */
const adapter = createPaytrAdapter({ timeoutMs: 5000 });
/** Only for the deadline tests: a short timeout (other tests keep a generous one on a busy machine). */
const hasty = createPaytrAdapter({ timeoutMs: 300 });
const CREATE = '/odeme/api/link/create';
const REPORT = '/rapor/islem-dokumu';
let emu: PaytrEmulator;

beforeAll(async () => {
  emu = await startPaytrEmulator();
});
afterAll(() => emu.stop());

const create = () => adapter.createLink(paytrContext(emu), paytrRequest());
const report = () => adapter.testConnection(paytrContext(emu));
function withFault(fault: Fault, path: string) {
  emu.emulator.clearFaults();
  emu.emulator.injectFault(fault, { path });
}

describe('PayTR failure classes', () => {
  it('unreachable (nothing listening) → network, retryable, for writes and reads', async () => {
    await emu.stop();
    try {
      expect(await create()).toMatchObject({ ok: false, error: { code: 'network', retryable: true } });
      expect(await report()).toMatchObject({ ok: false, error: { code: 'network', retryable: true } });
    } finally {
      await emu.emulator.start();
    }
  });

  it('a JSON 500 → provider-unavailable, retryable', async () => {
    withFault({ kind: 'status', status: 500 }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryable: true } });
    withFault({ kind: 'status', status: 503 }, REPORT);
    expect(await report()).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryable: true } });
  });

  it('429 → provider-unavailable with Retry-After in ms', async () => {
    withFault({ kind: 'rate-limit', retryAfterSeconds: 7 }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryable: true, retryAfterMs: 7000 } });
  });

  it('401 from a proxy → auth-failed', async () => {
    withFault({ kind: 'status', status: 401 }, REPORT);
    expect(await report()).toMatchObject({ ok: false, error: { code: 'auth-failed' } });
  });

  it('a wrong custom base URL (404 page) → provider-rejected', async () => {
    const result = await adapter.testConnection(paytrContext(emu, { baseUrl: `${emu.url}/yanlis` }));
    expect(result).toMatchObject({ ok: false, error: { code: 'provider-rejected', retryable: false } });
  });

  it('connection reset after processing → create is ambiguous (and the link does exist)', async () => {
    const before = emu.links.size;
    withFault({ kind: 'reset-after-processing' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous', retryable: false } });
    expect(emu.links.size).toBe(before + 1);
  });

  it('connection reset before processing → create still ambiguous (we cannot tell), report → network', async () => {
    const before = emu.links.size;
    withFault({ kind: 'reset-before-processing' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    expect(emu.links.size).toBe(before);
    withFault({ kind: 'reset-before-processing' }, REPORT);
    expect(await report()).toMatchObject({ ok: false, error: { code: 'network', retryable: true } });
  });

  it('an HTML 502 page → ambiguous after a side effect, provider-unavailable on a read', async () => {
    withFault({ kind: 'html' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'html' }, '/odeme/api/link/send-sms');
    const sms = await adapter.sendSms!(paytrContext(emu), linkRef('PD0000000009', { id: 'NB2Zlz3' }), '+905551234567');
    expect(sms).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'html' }, REPORT);
    expect(await report()).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryable: true } });
  });

  it('truncated JSON → ambiguous after a side effect, provider-unavailable on a read', async () => {
    withFault({ kind: 'truncated-json' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'truncated-json' }, REPORT);
    expect(await report()).toMatchObject({ ok: false, error: { code: 'provider-unavailable' } });
  });

  it('a 10 MB body is cut off (too large) → ambiguous / provider-unavailable, no crash', async () => {
    withFault({ kind: 'huge-body', bytes: 10 * 1024 * 1024 }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous', message: expect.stringContaining('large') } });
    withFault({ kind: 'huge-body', bytes: 10 * 1024 * 1024 }, REPORT);
    expect(await report()).toMatchObject({ ok: false, error: { code: 'provider-unavailable' } });
  });

  it('a body that never finishes → timeout: ambiguous for create, timeout (retryable) for the report', async () => {
    withFault({ kind: 'never-finish' }, CREATE);
    expect(await hasty.createLink(paytrContext(emu), paytrRequest())).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'never-finish' }, REPORT);
    expect(await hasty.testConnection(paytrContext(emu))).toMatchObject({ ok: false, error: { code: 'timeout', retryable: true } });
  });

  it('an answer slower than the deadline → timeout', async () => {
    emu.emulator.clearFaults();
    emu.emulator.latencyMs = 1500;
    try {
      expect(await hasty.testConnection(paytrContext(emu))).toMatchObject({ ok: false, error: { code: 'timeout' } });
    } finally {
      emu.emulator.latencyMs = 0;
    }
  });

  it('errors never carry the key or salt', async () => {
    emu.emulator.clearFaults();
    const ctx = paytrContext(emu, { merchantKey: 'SecretKeyXYZ123', merchantSalt: 'SecretSaltXYZ456' });
    const results = [await adapter.createLink(ctx, paytrRequest()), await adapter.testConnection(ctx)];
    withFault({ kind: 'html' }, CREATE);
    results.push(await adapter.createLink(ctx, paytrRequest()));
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(/SecretKeyXYZ123|SecretSaltXYZ456|paytr_token=/);
    }
  });
});
