import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaynetAdapter } from '../../../../src/main/providers/paynet/paynet-adapter';
import type { Fault } from '../../../emulators/emulator-server';
import { startPaynetEmulator, type PaynetEmulator } from '../../../emulators/paynet/paynet-emulator';
import { paynetRequest } from '../../../unit/providers/link-request-fixture';
import { linkRef, paynetContext } from '../provider-kit';

/**
 * Every failure class over real HTTP. Create and status_update are side effects (a lost answer is
 * `ambiguous`); detail, transaction/check and list are reads.
 */
const adapter = createPaynetAdapter({ timeoutMs: 5000 });
/** Only for the deadline tests: a short timeout (other tests keep a generous one on a busy machine). */
const hasty = createPaynetAdapter({ timeoutMs: 300 });
const CREATE = '/v1/mailorder/create';
const DETAIL = '/v1/mailorder/detail';
let emu: PaynetEmulator;

beforeAll(async () => {
  emu = await startPaynetEmulator();
});
afterAll(() => emu.stop());

const create = (reference?: string) => adapter.createLink(paynetContext(emu), paynetRequest(reference ? { reference } : {}));
const lookup = () => adapter.lookup!(paynetContext(emu), linkRef('PD0000000001', {}));
function withFault(fault: Fault, path: string) {
  emu.emulator.clearFaults();
  emu.emulator.injectFault(fault, { path });
}

describe('Paynet failure classes', () => {
  it('unreachable → network, retryable', async () => {
    await emu.stop();
    try {
      expect(await create()).toMatchObject({ ok: false, error: { code: 'network', retryable: true } });
      expect(await adapter.testConnection(paynetContext(emu))).toMatchObject({ ok: false, error: { code: 'network' } });
    } finally {
      await emu.emulator.start();
    }
  });

  it('a JSON 500 → provider-unavailable; 429 → provider-unavailable with Retry-After', async () => {
    withFault({ kind: 'status', status: 500 }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryable: true } });
    withFault({ kind: 'rate-limit', retryAfterSeconds: 3 }, DETAIL);
    expect(await lookup()).toMatchObject({ ok: false, error: { code: 'provider-unavailable', retryAfterMs: 3000 } });
  });

  it('reset after processing → create ambiguous; the link exists and lookup finds it by reference_no', async () => {
    const request = paynetRequest();
    withFault({ kind: 'reset-after-processing' }, CREATE);
    const result = await adapter.createLink(paynetContext(emu), request);
    expect(result).toMatchObject({ ok: false, error: { code: 'ambiguous', retryable: false } });
    expect(emu.emulator.countReference(request.reference)).toBe(1);
    const found = await adapter.lookup!(paynetContext(emu), linkRef(request.reference, {}));
    expect(found).toMatchObject({ ok: true, value: { status: 'active' } });
  });

  it('reset before processing → create ambiguous, reads → network', async () => {
    withFault({ kind: 'reset-before-processing' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'reset-before-processing' }, DETAIL);
    expect(await lookup()).toMatchObject({ ok: false, error: { code: 'network', retryable: true } });
  });

  it('an HTML 502 page → ambiguous for create and cancel, provider-unavailable for lookup', async () => {
    withFault({ kind: 'html' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'html' }, '/v1/mailorder/status_update');
    expect(await adapter.cancel!(paynetContext(emu), linkRef('PD0000000001', {}))).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'html' }, DETAIL);
    expect(await lookup()).toMatchObject({ ok: false, error: { code: 'provider-unavailable' } });
  });

  it('truncated JSON → ambiguous / provider-unavailable', async () => {
    withFault({ kind: 'truncated-json' }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'truncated-json' }, '/v1/transaction/check');
    const request = paynetRequest();
    await adapter.createLink(paynetContext(emu), request);
    expect(await adapter.lookup!(paynetContext(emu), linkRef(request.reference, {}))).toMatchObject({
      ok: false,
      error: { code: 'provider-unavailable' },
    });
  });

  it('a 10 MB body → ambiguous / provider-unavailable, no crash', async () => {
    withFault({ kind: 'huge-body', bytes: 10 * 1024 * 1024 }, CREATE);
    expect(await create()).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'huge-body', bytes: 10 * 1024 * 1024 }, '/v1/mailorder/list');
    expect(await adapter.testConnection(paynetContext(emu))).toMatchObject({ ok: false, error: { code: 'provider-unavailable' } });
  });

  it('a body that never finishes → ambiguous for create, timeout (retryable) for reads', async () => {
    withFault({ kind: 'never-finish' }, CREATE);
    expect(await hasty.createLink(paynetContext(emu), paynetRequest())).toMatchObject({ ok: false, error: { code: 'ambiguous' } });
    withFault({ kind: 'never-finish' }, DETAIL);
    const read = await hasty.lookup!(paynetContext(emu), linkRef('PD0000000001', {}));
    expect(read).toMatchObject({ ok: false, error: { code: 'timeout', retryable: true } });
  });

  it('an answer slower than the deadline → timeout', async () => {
    emu.emulator.clearFaults();
    emu.emulator.latencyMs = 1500;
    try {
      expect(await hasty.testConnection(paynetContext(emu))).toMatchObject({ ok: false, error: { code: 'timeout' } });
    } finally {
      emu.emulator.latencyMs = 0;
    }
  });

  it('errors never carry the secret key', async () => {
    emu.emulator.clearFaults();
    const ctx = paynetContext(emu, { secretKey: 'sck_SuperSecret999' });
    const results = [await adapter.createLink(ctx, paynetRequest()), await adapter.testConnection(ctx), await adapter.lookup!(ctx, linkRef('PD0000000001', {}))];
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain('sck_SuperSecret999');
    }
  });
});
