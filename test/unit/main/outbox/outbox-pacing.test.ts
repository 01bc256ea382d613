import { describe, expect, it } from 'vitest';
import { stateAfter } from '../../../../src/main/links/attempt-verdict';
import { backoffMs, outboxPolicy, retryDelayMs } from '../../../../src/main/outbox/outbox-policy';
import { ProviderGates } from '../../../../src/main/outbox/provider-gates';
import { AppFailure, type ErrorCode } from '../../../../src/shared/result';

const fixed = (x: number) => outboxPolicy({ backoffBaseMs: 1000, backoffMaxMs: 60_000, random: () => x });
const error = (code: ErrorCode, extra = {}) => AppFailure.of(code, code, extra).error;

describe('backoff', () => {
  it('doubles per failure between half and all of the exponential delay, capped', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, fixed(0)))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, fixed(0.999999)))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(50, fixed(0))).toBe(30_000);
    expect(backoffMs(50, fixed(0.999999))).toBe(60_000);
  });

  it('jitter spreads items that failed together', () => {
    const policy = outboxPolicy({ backoffBaseMs: 1000, backoffMaxMs: 60_000 });
    const delays = new Set(Array.from({ length: 50 }, () => backoffMs(3, policy)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) expect(d >= 2000 && d <= 4000).toBe(true);
  });

  it('Retry-After wins when it is longer than the backoff', () => {
    expect(retryDelayMs(1, 30_000, fixed(0))).toBe(30_000);
    expect(retryDelayMs(4, 10, fixed(0))).toBe(4000);
    expect(retryDelayMs(2, undefined, fixed(0))).toBe(1000);
  });
});

describe('what a failed attempt leaves behind', () => {
  it.each([
    ['network', 'retry-wait'],
    ['timeout', 'retry-wait'],
    ['provider-unavailable', 'retry-wait'],
    ['ambiguous', 'unknown'],
    ['internal', 'unknown'],
    ['provider-rejected', 'failed'],
    ['auth-failed', 'failed'],
    ['credential-missing', 'failed'],
    ['invalid-input', 'failed'],
    ['keychain-unavailable', 'failed'],
  ] as const)('%s → %s', (code, state) => {
    expect(stateAfter(error(code))).toBe(state);
  });
});

describe('provider gates', () => {
  it('limit concurrency per provider, independently', () => {
    const gates = new ProviderGates(outboxPolicy({ concurrencyPerProvider: 2, ratePerProviderPerSecond: Infinity }));
    gates.started('paynet', 0);
    gates.started('paynet', 0);
    expect(gates.canStart('paynet', 0)).toBe(false);
    expect(gates.openAt('paynet')).toBe(Infinity);
    expect(gates.canStart('paytr', 0)).toBe(true);
    gates.ended('paynet');
    expect(gates.canStart('paynet', 0)).toBe(true);
  });

  it('space starts by the rate', () => {
    const gates = new ProviderGates(outboxPolicy({ concurrencyPerProvider: 10, ratePerProviderPerSecond: 4 }));
    gates.started('paytr', 1000);
    expect(gates.canStart('paytr', 1100)).toBe(false);
    expect(gates.openAt('paytr')).toBe(1250);
    expect(gates.canStart('paytr', 1250)).toBe(true);
  });

  it('an unreachable provider is probed one request at a time after a growing pause; its answer releases it', () => {
    const gates = new ProviderGates(outboxPolicy({ backoffBaseMs: 1000, backoffMaxMs: 60_000, concurrencyPerProvider: 4, ratePerProviderPerSecond: Infinity, random: () => 0 }));
    gates.observe('paynet', error('network'), 10_000);
    expect(gates.isDown('paynet')).toBe(true);
    expect(gates.canStart('paynet', 10_400)).toBe(false);
    expect(gates.canStart('paytr', 10_400)).toBe(true);
    expect(gates.canStart('paynet', 10_500)).toBe(true);
    gates.started('paynet', 10_500);
    expect(gates.canStart('paynet', 10_500)).toBe(false); // one probe at a time
    gates.observe('paynet', error('network'), 10_600);
    gates.ended('paynet');
    expect(gates.pausedUntil('paynet', 10_600)).toBe(11_600); // second failure: 1000 ms
    gates.observe('paynet', undefined, 12_000);
    expect(gates.isDown('paynet')).toBe(false);
    expect(gates.recoveredAt('paynet')).toBe(12_000);
    expect(gates.canStart('paynet', 12_000)).toBe(true);
  });

  it('a 429 pauses that provider for its Retry-After; going online again probes at once', () => {
    const gates = new ProviderGates(outboxPolicy({ ratePerProviderPerSecond: Infinity }));
    gates.observe('paytr', error('provider-unavailable', { retryAfterMs: 3000 }), 0);
    expect(gates.canStart('paytr', 2999)).toBe(false);
    expect(gates.canStart('paytr', 3000)).toBe(true);
    gates.observe('oduyo', error('network'), 0);
    gates.releaseDown();
    expect(gates.canStart('oduyo', 1)).toBe(true);
  });
});
