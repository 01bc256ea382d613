import type { ProviderId } from '../../shared/domain/provider-id';
import type { AppError } from '../../shared/result';
import { backoffMs, type OutboxPolicy } from './outbox-policy';

interface Gate {
  inFlight: number;
  /** Rate limit: the earliest next start. */
  nextStartAt: number;
  /** Nothing starts before this (Retry-After, or the next probe of an unreachable provider). */
  pausedUntil: number;
  /** Consecutive "could not reach it" failures; > 0 means the provider is treated as down. */
  unreachable: number;
  /** When the provider last answered after being down: items that waited for it go at once. */
  recoveredAt: number;
}

/**
 * Per-provider pacing and reachability, shared by the worker and by the user's own attempts:
 * a concurrency limit and a start rate; a provider whose last attempt could not reach it is
 * probed by one request at a time after a growing pause while the others keep going; a 429 pauses
 * that provider for its Retry-After.
 */
export class ProviderGates {
  private gates = new Map<ProviderId, Gate>();

  constructor(private readonly policy: OutboxPolicy) {}

  private gate(provider: ProviderId): Gate {
    let gate = this.gates.get(provider);
    if (!gate) {
      gate = { inFlight: 0, nextStartAt: 0, pausedUntil: 0, unreachable: 0, recoveredAt: 0 };
      this.gates.set(provider, gate);
    }
    return gate;
  }

  /** Whether the worker may start one more background request for this provider now. */
  canStart(provider: ProviderId, now: number): boolean {
    const gate = this.gate(provider);
    const limit = gate.unreachable > 0 ? 1 : this.policy.concurrencyPerProvider;
    return gate.inFlight < limit && now >= gate.pausedUntil && now >= gate.nextStartAt;
  }

  /** When a currently blocked provider may start again (Infinity: when a request in flight ends). */
  openAt(provider: ProviderId): number {
    const gate = this.gate(provider);
    const limit = gate.unreachable > 0 ? 1 : this.policy.concurrencyPerProvider;
    if (gate.inFlight >= limit) return Infinity;
    return Math.max(gate.pausedUntil, gate.nextStartAt);
  }

  /** Paused by a 429 or waiting to probe: a user's "create now" is queued instead of sent. */
  pausedUntil(provider: ProviderId, now: number): number | undefined {
    const until = this.gate(provider).pausedUntil;
    return until > now ? until : undefined;
  }

  isDown(provider: ProviderId): boolean {
    return this.gate(provider).unreachable > 0;
  }

  recoveredAt(provider: ProviderId): number {
    return this.gate(provider).recoveredAt;
  }

  started(provider: ProviderId, now: number): void {
    const gate = this.gate(provider);
    gate.inFlight += 1;
    const spacing = Number.isFinite(this.policy.ratePerProviderPerSecond) ? 1000 / this.policy.ratePerProviderPerSecond : 0;
    gate.nextStartAt = Math.max(gate.nextStartAt, now) + spacing;
  }

  ended(provider: ProviderId): void {
    const gate = this.gate(provider);
    gate.inFlight = Math.max(0, gate.inFlight - 1);
  }

  /** What one answer (or its absence) says about the provider: `undefined` = it answered. */
  observe(provider: ProviderId, error: AppError | undefined, now: number): void {
    const gate = this.gate(provider);
    if (error?.code === 'network') {
      gate.unreachable += 1;
      gate.pausedUntil = Math.max(gate.pausedUntil, now + backoffMs(gate.unreachable, this.policy));
      return;
    }
    if (gate.unreachable > 0) {
      gate.unreachable = 0;
      gate.recoveredAt = now;
      gate.pausedUntil = 0;
    }
    if (error?.retryAfterMs !== undefined) gate.pausedUntil = Math.max(gate.pausedUntil, now + error.retryAfterMs);
  }

  /** The OS came back online: probe every provider that looked down at once. */
  releaseDown(): void {
    for (const gate of this.gates.values()) if (gate.unreachable > 0) gate.pausedUntil = 0;
  }

  /** The user asked to send now: forget the pause (their request is the probe). */
  release(provider: ProviderId): void {
    const gate = this.gate(provider);
    gate.pausedUntil = 0;
    gate.nextStartAt = 0;
  }

  inFlight(provider?: ProviderId): number {
    if (provider) return this.gate(provider).inFlight;
    return [...this.gates.values()].reduce((sum, gate) => sum + gate.inFlight, 0);
  }
}
