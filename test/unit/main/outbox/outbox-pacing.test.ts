import { describe, expect, it } from 'vitest';
import { stateAfter } from '../../../../src/main/outbox/attempt-verdict';
import { outboxPolicy, retryDelayMs } from '../../../../src/main/outbox/outbox-policy';
import { backoffMs } from '../../../../src/main/providers/provider-health';
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
  const never = () => false;
  const gatesAt = (clock: { now: number }, policy: Parameters<typeof outboxPolicy>[0]) =>
    new ProviderGates(outboxPolicy({ random: () => 0, ...policy }), () => clock.now);

  it('bound requests in flight per provider, independently; a freed slot lets a waiter go', async () => {
    const clock = { now: 0 };
    const gates = gatesAt(clock, { concurrencyPerProvider: 2, claimAhead: 1, ratePerProviderPerSecond: Infinity });
    for (let i = 0; i < 3; i++) {
      expect(gates.canPrepare('paynet', 0)).toBe(true);
      gates.prepare('paynet');
    }
    expect(gates.canPrepare('paynet', 0)).toBe(false); // 2 slots + 1 claimed ahead
    expect(gates.canPrepare('paytr', 0)).toBe(true);
    expect(await gates.acquire('paynet', never)).toBe(true);
    expect(await gates.acquire('paynet', never)).toBe(true);
    let third = false;
    const waiting = gates.acquire('paynet', never).then((go) => (third = go));
    await Promise.resolve();
    expect(third).toBe(false);
    expect(gates.inFlight('paynet')).toBe(2);
    gates.release('paynet');
    await waiting;
    expect(third).toBe(true);
    expect(gates.inFlight('paynet')).toBe(2);
  });

  it('space request starts by the rate', async () => {
    const clock = { now: 1000 };
    const gates = gatesAt(clock, { concurrencyPerProvider: 10, ratePerProviderPerSecond: 20 });
    gates.prepare('paytr');
    gates.prepare('paytr');
    expect(await gates.acquire('paytr', never)).toBe(true);
    clock.now = 1049;
    let went = false;
    const second = gates.acquire('paytr', never).then((go) => (went = go));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(went).toBe(false); // 50 ms apart at 20 per second
    clock.now = 1050;
    await second;
    expect(went).toBe(true);
  });

  it('an unreachable provider is probed one item at a time after a growing pause; its answer releases it', async () => {
    const clock = { now: 10_000 };
    const gates = gatesAt(clock, { backoffBaseMs: 1000, backoffMaxMs: 60_000, concurrencyPerProvider: 4, claimAhead: 2, ratePerProviderPerSecond: Infinity });
    gates.prepare('paynet');
    gates.observe('paynet', error('network'), 10_000);
    expect(gates.isDown('paynet')).toBe(true);
    // A claimed item that waited for a slot is not sent into a provider that just went down.
    expect(await gates.acquire('paynet', never)).toBe(false);
    expect(gates.canPrepare('paynet', 10_400)).toBe(false);
    expect(gates.canPrepare('paytr', 10_400)).toBe(true);
    expect(gates.openAt('paynet')).toBe(10_500);
    expect(gates.canPrepare('paynet', 10_500)).toBe(true);
    gates.prepare('paynet');
    expect(gates.canPrepare('paynet', 10_500)).toBe(false); // one probe at a time
    clock.now = 10_500;
    expect(await gates.acquire('paynet', never)).toBe(true);
    gates.observe('paynet', error('network'), 10_600);
    gates.release('paynet');
    expect(gates.pausedUntil('paynet', 10_600)).toBe(11_600); // second failure: 1000 ms
    gates.observe('paynet', undefined, 12_000);
    expect(gates.isDown('paynet')).toBe(false);
    expect(gates.recoveredAt('paynet')).toBe(12_000);
    expect(gates.canPrepare('paynet', 12_000)).toBe(true);
  });

  it('a 429 pauses that provider for its Retry-After; going online again probes at once; stopping holds waiters', async () => {
    const clock = { now: 0 };
    const gates = gatesAt(clock, { ratePerProviderPerSecond: Infinity });
    gates.observe('paytr', error('provider-unavailable', { retryAfterMs: 3000 }), 0);
    expect(gates.canPrepare('paytr', 2999)).toBe(false);
    expect(gates.canPrepare('paytr', 3000)).toBe(true);
    gates.observe('oduyo', error('network'), 0);
    gates.releaseDown();
    expect(gates.canPrepare('oduyo', 1)).toBe(true);
    gates.prepare('isbank');
    expect(await gates.acquire('isbank', () => true)).toBe(false);
  });
});
