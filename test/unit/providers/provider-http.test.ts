import { HttpFailure } from '../../../src/main/http/http-failure';
import { describe, expect, it } from 'vitest';
import type { HttpClient } from '../../../src/main/http/http-client';
import { exchange, retryAfterMs, transientStatusError } from '../../../src/main/providers/provider-http';

const now = new Date('2025-03-10T09:00:00Z');
const response = (status: number, text = '{}', headers: Record<string, string> = {}) => ({ status, text, headers: new Headers(headers) });

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Mon, 10 Mar 2025 09:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 10 Mar 2025 08:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });

  it('one rule for every provider: decimal seconds, the injected clock, at most an hour', () => {
    expect(retryAfterMs('1.5', now)).toBe(1500);
    // Counted from the clock passed in, not the machine's: this date is years before "now" on the machine.
    expect(retryAfterMs('Mon, 10 Mar 2025 09:10:00 GMT', now)).toBe(600_000);
    expect(retryAfterMs('86400', now)).toBe(3_600_000);
    expect(retryAfterMs('Tue, 11 Mar 2025 09:00:00 GMT', now)).toBe(3_600_000);
  });
});

describe('transientStatusError', () => {
  const write = { provider: 'X', sideEffect: true, now };
  const read = { provider: 'X', sideEffect: false, now };

  it('429 is retryable with the wait PayTR/Paynet asked for', () => {
    expect(transientStatusError(response(429, '', { 'retry-after': '12' }), write)).toMatchObject({
      code: 'provider-unavailable',
      retryable: true,
      retryAfterMs: 12_000,
    });
  });

  it('a JSON 500/503 is retryable; a gateway error or an HTML page after a side effect is ambiguous', () => {
    expect(transientStatusError(response(500), write)?.code).toBe('provider-unavailable');
    expect(transientStatusError(response(503), write)?.code).toBe('provider-unavailable');
    expect(transientStatusError(response(502), write)?.code).toBe('ambiguous');
    expect(transientStatusError(response(504), write)?.code).toBe('ambiguous');
    expect(transientStatusError(response(500, '<html>oops</html>'), write)?.code).toBe('ambiguous');
    expect(transientStatusError(response(502, '<html>oops</html>'), read)?.code).toBe('provider-unavailable');
  });

  it('leaves other statuses to the provider', () => {
    expect(transientStatusError(response(200), write)).toBeUndefined();
    expect(transientStatusError(response(404), write)).toBeUndefined();
  });
});

describe('exchange', () => {
  const request = { method: 'POST' as const, url: 'http://127.0.0.1:9/x', timeoutMs: 50 };
  // The deadline itself is the HTTP client's (test/integration/http/http-client.test.ts).
  const timedOut: HttpClient = { request: () => Promise.reject(new HttpFailure('timeout', 'No answer within 0.05 s')) };

  it('a timeout is retryable on a read and ambiguous after a side effect', async () => {
    expect(await exchange(timedOut, request, false)).toMatchObject({ ok: false, error: { code: 'timeout', retryable: true } });
    expect(await exchange(timedOut, request, true)).toMatchObject({ ok: false, error: { code: 'ambiguous', retryable: false } });
  });

  it('an unexpected exception becomes `internal` without its text', async () => {
    const broken: HttpClient = { request: () => Promise.reject(new Error('secret=sck_123')) };
    const result = await exchange(broken, request, false);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('sck_123');
  });
});
