import type { OutboxItem } from '@shared/domain/outbox-item';
import type { ProviderId } from '@shared/domain/provider-id';
import { isOwnerChannel } from '@shared/domain/reminder';
import type { Clock } from '../clock';
import type { Attempt } from './outbox-jobs';
import type { Logger } from '../log/logger';
import type { OutboxStore } from './outbox-store';
import type { OutboxPolicy } from './outbox-policy';
import type { ProviderGates } from './provider-gates';

/** What the worker drives; the link service's jobs and reconciler provide it. */
export interface OutboxRunner {
  claim(id: string, from: readonly OutboxItem['state'][]): Promise<OutboxItem | undefined>;
  /** `answered` frees the request slot as soon as the provider call is over. */
  run(item: OutboxItem, answered: () => void): Promise<Attempt>;
  /** Puts back a claimed item that was not sent (paused provider, or stopping). */
  unclaim(item: OutboxItem, until: number | undefined): Promise<void>;
  canReconcile(item: OutboxItem): boolean;
  reconcileAt(id: string): number;
  reconcile(item: OutboxItem): Promise<'created' | 'queued' | 'waiting'>;
  /** A reminder the owner sends by hand reached its time: mark it due (no request). */
  ripen(item: OutboxItem): Promise<void>;
}

export interface OutboxWorkerDeps {
  outbox: OutboxStore;
  runner: OutboxRunner;
  gates: ProviderGates;
  policy: OutboxPolicy;
  clock: Clock;
  isOnline: () => boolean;
  logger: Logger;
  /** The state each background attempt or look-up left an item in (for the desktop notification). */
  onSettled?: (state: OutboxItem['state']) => void;
  /** The worker started or stopped draining. */
  onDraining?: (draining: boolean) => void;
}

type Action = 'send' | 'reconcile' | 'ripen';

/**
 * Drains the outbox in the background while the app runs: due items go out oldest first, within
 * each provider's concurrency limit and rate; nothing goes while the OS says offline; `unknown`
 * items are reconciled where the provider can look them up. Woken by every outbox change and by
 * its own timer for the next due time.
 */
export class OutboxWorker {
  private running = new Map<string, Promise<void>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scheduled = false;
  private stopped = true;
  private online = true;
  private draining = false;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly deps: OutboxWorkerDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.deps.outbox.onChange(() => this.kick());
    this.kick();
  }

  /** Looks at the outbox again soon (coalesced). */
  kick(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.tick();
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Stops starting work and waits (up to the grace period) for requests in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    // Items waiting for a slot are put back rather than sent.
    this.deps.gates.wakeAll();
    const inFlight = Promise.allSettled([...this.running.values()]);
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([inFlight, new Promise((resolve) => (grace = setTimeout(resolve, this.deps.policy.stopGraceMs)))]);
    clearTimeout(grace);
  }

  private tick(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    const { gates, policy } = this.deps;
    const online = this.deps.isOnline();
    if (online && !this.online) gates.releaseDown();
    this.online = online;
    const now = this.deps.clock.now().getTime();
    let wake = Infinity;
    let due = 0;
    if (online) {
      for (const item of this.deps.outbox.list()) {
        if (this.running.has(item.id)) continue;
        const ready = this.readiness(item, now);
        if (!ready) continue;
        if (ready.at > now) {
          wake = Math.min(wake, ready.at);
          continue;
        }
        if (ready.action === 'ripen') {
          // No request: not gated by the provider, and not "sending".
          this.launch(item, 'ripen');
          continue;
        }
        due += 1;
        if (!gates.canPrepare(item.provider, now)) {
          wake = Math.min(wake, gates.openAt(item.provider));
          continue;
        }
        this.launch(item, ready.action);
        due -= 1;
      }
    } else if (this.deps.outbox.list().some((i) => this.readiness(i, now))) {
      wake = now + policy.idleCheckMs;
    }
    this.setDraining(this.running.size > 0 || (online && due > 0));
    // Even with nothing due soon, look again now and then: the OS online state has no event here.
    if (wake < Infinity) this.sleep(Math.min(Math.max(wake - now, 0), policy.idleCheckMs));
  }

  /** Whether an item is work for the worker, and from when. */
  private readiness(item: OutboxItem, now: number): { action: Action; at: number } | undefined {
    // The shop's queue owns what it handed this counter (shop-queue.ts settles it under its fence).
    if (item.shop) return undefined;
    switch (item.state) {
      case 'queued': {
        const at = item.nextAttemptAt ? Date.parse(item.nextAttemptAt) : 0;
        // WhatsApp / mail-app reminders are never opened by themselves: at their time they wait for the owner.
        const byHand = item.job.kind === 'remind' && isOwnerChannel(item.job.channel);
        return { action: byHand ? 'ripen' : 'send', at };
      }
      case 'retry-wait': {
        // Items that waited for an unreachable provider go as soon as it answers again.
        const recovered = item.lastError?.code === 'network' && this.deps.gates.recoveredAt(item.provider) > Date.parse(item.updatedAt);
        return { action: 'send', at: recovered ? now : Date.parse(item.nextAttemptAt ?? item.updatedAt) };
      }
      case 'unknown':
        return this.deps.runner.canReconcile(item) ? { action: 'reconcile', at: this.deps.runner.reconcileAt(item.id) } : undefined;
      default:
        return undefined;
    }
  }

  /**
   * One item through the pipeline: claim it (`sending`, on disk) → wait for a request slot →
   * call the provider → free the slot at once → record the outcome (history, outbox). The slot
   * bounds requests in flight; the local writes of finished requests overlap with new requests.
   */
  private launch(item: OutboxItem, action: Action): void {
    const { gates, runner, logger } = this.deps;
    const provider: ProviderId = item.provider;
    if (action !== 'ripen') gates.prepare(provider);
    const stopped = () => this.stopped;
    const work = (async () => {
      if (action === 'ripen') {
        await runner.ripen(item);
        return;
      }
      if (action === 'reconcile') {
        if (!(await gates.acquire(provider, stopped))) return;
        try {
          if ((await runner.reconcile(item)) === 'created') this.deps.onSettled?.('created');
        } finally {
          gates.release(provider);
        }
        return;
      }
      const claimed = await runner.claim(item.id, ['queued', 'retry-wait']).catch((error: unknown) => {
        gates.unprepare(provider);
        throw error;
      });
      if (!claimed) {
        gates.unprepare(provider);
        return;
      }
      if (!(await gates.acquire(provider, stopped))) {
        await runner.unclaim(claimed, this.stopped ? undefined : gates.pausedUntil(provider, this.deps.clock.now().getTime()));
        return;
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        gates.release(provider);
        this.kick();
      };
      try {
        const attempt = await runner.run(claimed, release);
        this.deps.onSettled?.(attempt.item.state);
      } finally {
        release();
      }
    })()
      .catch((error: unknown) => logger.log('error', 'outbox.attempt-threw', { id: item.id, error: String(error).slice(0, 200) }))
      .finally(() => {
        this.running.delete(item.id);
        this.kick();
      });
    this.running.set(item.id, work);
  }

  private sleep(ms: number): void {
    this.timer = setTimeout(() => this.tick(), ms);
    this.timer.unref?.();
  }

  private setDraining(draining: boolean): void {
    if (draining === this.draining) return;
    this.draining = draining;
    this.deps.onDraining?.(draining);
  }
}
