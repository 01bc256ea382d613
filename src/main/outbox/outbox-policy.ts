import { backoffMs } from '../providers/provider-health';
/**
 * How the outbox worker paces itself. Core dependencies, so tests shorten the waits and benchmarks
 * lift the rate; the defaults suit a shop (a few links at a time, providers without published limits).
 */
export interface OutboxPolicy {
  /** First retry delay after a transient failure; doubles per attempt. */
  backoffBaseMs: number;
  /** The longest wait between two attempts of one item (and between two probes of a provider). */
  backoffMaxMs: number;
  /** Requests in flight per provider (background sends; a user's own "create now" goes at once). */
  concurrencyPerProvider: number;
  /**
   * Items per provider claimed (written `sending`) ahead of a free request slot, so that write is
   * not on the request's critical path. A crash can leave these `unknown` though never sent;
   * 0 = claim only when a slot is free.
   */
  claimAhead: number;
  /** Requests started per second per provider; `Infinity` = no limit besides concurrency. */
  ratePerProviderPerSecond: number;
  /** While the OS says offline (or nothing is due), how often the worker looks again. */
  idleCheckMs: number;
  /** First wait before asking a provider again about an `unknown` item; doubles like backoff. */
  reconcileBaseMs: number;
  /**
   * A look-up that finds nothing right after a lost create may only be the provider's lag: it is
   * asked again this much later, and only a second "not found" lets the request go out again.
   */
  absentRecheckMs: number;
  /** How long core.stop() waits for requests in flight before it lets go. */
  stopGraceMs: number;
  /** Jitter source (0 ≤ x < 1); tests may fix it. */
  random: () => number;
}

export const defaultOutboxPolicy: OutboxPolicy = {
  backoffBaseMs: 5_000,
  backoffMaxMs: 5 * 60_000,
  concurrencyPerProvider: 4,
  claimAhead: 2,
  ratePerProviderPerSecond: 10,
  idleCheckMs: 5_000,
  reconcileBaseMs: 10_000,
  absentRecheckMs: 30_000,
  stopGraceMs: 25_000,
  random: Math.random,
};

export function outboxPolicy(overrides: Partial<OutboxPolicy> = {}): OutboxPolicy {
  return { ...defaultOutboxPolicy, ...overrides };
}

/** The wait before the next attempt: the backoff, or longer when the provider asked (Retry-After). */
export function retryDelayMs(failures: number, retryAfterMs: number | undefined, policy: OutboxPolicy): number {
  return Math.max(backoffMs(failures, policy), retryAfterMs ?? 0);
}
