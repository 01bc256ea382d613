import { backoffMs } from '../providers/provider-health';

/**
 * Per-key backoff for the status poller: a provider host that is down (or an account whose
 * credentials fail) is left alone for the one backoff of PayDesk (providers/provider-health.ts:
 * base · 2^(n-1), capped, with equal jitter so a shop with several PCs does not return in step);
 * a Retry-After from the provider is honoured.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

interface KeyState {
  failures: number;
  until: number;
}

export class PollBackoff {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly random: () => number = Math.random,
  ) {}

  /** Whether `key` may be asked at `now` (ms). */
  isOpen(key: string, now: number): boolean {
    const state = this.keys.get(key);
    return !state || state.until <= now;
  }

  /** Records a failure; returns the wait chosen (ms). */
  fail(key: string, now: number, retryAfterMs?: number): number {
    const failures = (this.keys.get(key)?.failures ?? 0) + 1;
    const pacing = { backoffBaseMs: this.policy.baseMs, backoffMaxMs: this.policy.maxMs, random: this.random };
    const wait = Math.max(backoffMs(failures, pacing), retryAfterMs ?? 0);
    this.keys.set(key, { failures, until: now + wait });
    return wait;
  }

  succeed(key: string): void {
    this.keys.delete(key);
  }

  failures(key: string): number {
    return this.keys.get(key)?.failures ?? 0;
  }
}
