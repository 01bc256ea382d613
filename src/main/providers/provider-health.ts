import type { ProviderId } from '@shared/domain/provider-id';
import type { AppError } from '@shared/result';

/**
 * What every caller of a provider learns about it, shared by the outbox worker and the status
 * poller (one instance per core, `ProviderGates` in outbox/): a provider that cannot be reached,
 * or asked to slow down, is left alone by both until its pause ends, and an answer from either
 * tells the other it is back.
 */
export interface ProviderHealth {
  /** What one answer (or its absence) says about the provider: `undefined` = it answered. */
  observe(provider: ProviderId, error: AppError | undefined, now: number): void;
  /** Until when nothing should be asked of the provider, if it is paused now. */
  pausedUntil(provider: ProviderId, now: number): number | undefined;
}

/** The pacing a backoff reads (the outbox policy, the status policy). */
export interface BackoffPacing {
  backoffBaseMs: number;
  backoffMaxMs: number;
  random: () => number;
}

/**
 * The one backoff of PayDesk (outbox retries, reconciles, provider pauses, status look-ups):
 * exponential with "equal jitter", half the exponential delay plus a random share of the other
 * half, so many items failing together do not come back together. `failures` counts from 1.
 */
export function backoffMs(failures: number, pacing: BackoffPacing, base = pacing.backoffBaseMs): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(pacing.backoffMaxMs, base * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * pacing.random());
}
