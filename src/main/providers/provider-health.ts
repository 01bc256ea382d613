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
