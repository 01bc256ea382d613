import type { ProviderId } from '@shared/domain/provider-id';
import type { AppError } from '@shared/result';
import type { ProviderHealth } from '../providers/provider-health';
import { backoffMs } from '../providers/provider-health';
import type { OutboxPolicy } from './outbox-policy';

interface Gate {
  /** Requests on their way to the provider. */
  inFlight: number;
  /** Items claimed (`sending` on disk) that wait for a request slot. */
  prepared: number;
  /** Rate limit: the earliest next start. */
  nextStartAt: number;
  /** Nothing starts before this (Retry-After, or the next probe of an unreachable provider). */
  pausedUntil: number;
  /** Consecutive "could not reach it" failures; > 0 means the provider is treated as down. */
  unreachable: number;
  /** When the provider last answered after being down: items that waited for it go at once. */
  recoveredAt: number;
  waiters: Array<() => void>;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Per-provider pacing and reachability for the background worker: at most `concurrency` requests
 * in flight and `rate` starts per second; up to `claimAhead` more items may be claimed (written
 * `sending`) while they wait for a slot, so the write never delays a request. A provider whose
 * last attempt could not reach it is probed by one item at a time after a growing pause while the
 * other providers keep going; a 429 pauses that provider for its Retry-After.
 */
export class ProviderGates implements ProviderHealth {
  private gates = new Map<ProviderId, Gate>();

  constructor(
    private readonly policy: OutboxPolicy,
    private readonly now: () => number,
  ) {}

  private gate(provider: ProviderId): Gate {
    let gate = this.gates.get(provider);
    if (!gate) {
      gate = { inFlight: 0, prepared: 0, nextStartAt: 0, pausedUntil: 0, unreachable: 0, recoveredAt: 0, waiters: [] };
      this.gates.set(provider, gate);
    }
    return gate;
  }

  private requestLimit(gate: Gate): number {
    return gate.unreachable > 0 ? 1 : this.policy.concurrencyPerProvider;
  }

  /** Whether the worker may claim one more item of this provider now. */
  canPrepare(provider: ProviderId, now: number): boolean {
    const gate = this.gate(provider);
    const limit = gate.unreachable > 0 ? 1 : this.policy.concurrencyPerProvider + this.policy.claimAhead;
    return gate.inFlight + gate.prepared < limit && now >= gate.pausedUntil;
  }

  /** When a blocked provider may take work again (Infinity: when a request ends). */
  openAt(provider: ProviderId): number {
    const gate = this.gate(provider);
    return gate.pausedUntil > this.now() ? gate.pausedUntil : Infinity;
  }

  prepare(provider: ProviderId): void {
    this.gate(provider).prepared += 1;
  }

  /** A prepared item that will not be sent after all (it was settled meanwhile). */
  unprepare(provider: ProviderId): void {
    const gate = this.gate(provider);
    gate.prepared = Math.max(0, gate.prepared - 1);
    this.wake(gate);
  }

  /**
   * Waits for a request slot (concurrency and rate). False when the provider was paused or
   * found down meanwhile, or the worker stops: the item must not be sent now.
   */
  async acquire(provider: ProviderId, stopped: () => boolean): Promise<boolean> {
    const gate = this.gate(provider);
    for (;;) {
      const now = this.now();
      if (stopped() || gate.pausedUntil > now) {
        this.unprepare(provider);
        return false;
      }
      if (gate.inFlight < this.requestLimit(gate) && now >= gate.nextStartAt) {
        gate.prepared = Math.max(0, gate.prepared - 1);
        this.started(provider, now);
        return true;
      }
      await new Promise<void>((resolve) => {
        gate.waiters.push(resolve);
        if (gate.inFlight < this.requestLimit(gate) && !gate.timer) {
          gate.timer = setTimeout(() => {
            gate.timer = undefined;
            this.wake(gate);
          }, gate.nextStartAt - now);
        }
      });
    }
  }

  /** Counts a request as started (the worker's `acquire`, or a user's own attempt). */
  started(provider: ProviderId, now: number): void {
    const gate = this.gate(provider);
    gate.inFlight += 1;
    const spacing = Number.isFinite(this.policy.ratePerProviderPerSecond) ? 1000 / this.policy.ratePerProviderPerSecond : 0;
    gate.nextStartAt = Math.max(gate.nextStartAt, now) + spacing;
  }

  /** The provider answered (or the request failed): the slot is free. */
  release(provider: ProviderId): void {
    const gate = this.gate(provider);
    gate.inFlight = Math.max(0, gate.inFlight - 1);
    this.wake(gate);
  }

  /** Lets every waiter look again (a slot freed, a pause set, the worker stopping). */
  wakeAll(): void {
    for (const gate of this.gates.values()) this.wake(gate);
  }

  private wake(gate: Gate): void {
    const waiters = gate.waiters.splice(0);
    for (const resolve of waiters) resolve();
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

  /** What one answer (or its absence) says about the provider: `undefined` = it answered. */
  observe(provider: ProviderId, error: AppError | undefined, now: number): void {
    const gate = this.gate(provider);
    if (error?.code === 'network') {
      gate.unreachable += 1;
      gate.pausedUntil = Math.max(gate.pausedUntil, now + backoffMs(gate.unreachable, this.policy));
      this.wake(gate);
      return;
    }
    if (gate.unreachable > 0) {
      gate.unreachable = 0;
      gate.recoveredAt = now;
      gate.pausedUntil = 0;
    }
    if (error?.retryAfterMs !== undefined) {
      gate.pausedUntil = Math.max(gate.pausedUntil, now + error.retryAfterMs);
      this.wake(gate);
    }
  }

  /** The OS came back online: probe every provider that looked down at once. */
  releaseDown(): void {
    for (const gate of this.gates.values()) if (gate.unreachable > 0) gate.pausedUntil = 0;
  }

  /** The user asked to send now: forget the pause (their request is the probe). */
  unpause(provider: ProviderId): void {
    const gate = this.gate(provider);
    gate.pausedUntil = 0;
    gate.nextStartAt = 0;
  }

  inFlight(provider?: ProviderId): number {
    if (provider) return this.gate(provider).inFlight;
    return [...this.gates.values()].reduce((sum, gate) => sum + gate.inFlight, 0);
  }
}
