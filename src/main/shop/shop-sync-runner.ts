import type { Client } from 'pg';
import { backoffMs, type BackoffPacing } from '../providers/provider-health';
import type { Logger } from '../log/logger';
import type { ShopSync } from './shop-sync';

export interface ShopSyncRunnerDeps {
  sync: Pick<ShopSync, 'syncOnce'>;
  /** A connection with the shop's role that stays open for LISTEN (the doorbell). */
  listen: () => Promise<Client>;
  /** The shop role's name: its doorbell is `paydesk_<shop>`. */
  shop: string;
  logger: Pick<Logger, 'log'>;
  /** How often to sync when no doorbell rings (a missed one costs at most this). */
  intervalMs: number;
  pacing: BackoffPacing;
  /** After every round: whether the server answered (the counter shows "last synced" or "offline"). */
  onRound?: (outcome: { ok: true } | { ok: false; error: unknown }) => void;
}

/**
 * Keeps a counter in step with its shop: a round at start, on every doorbell (another counter
 * wrote), after each local change (`kick`), and every `intervalMs` anyway. A server that does not
 * answer is tried again with the one backoff; the counter keeps working meanwhile.
 */
export class ShopSyncRunner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private stopped = false;
  private listener: Client | undefined;

  constructor(private readonly deps: ShopSyncRunnerDeps) {}

  start(): void {
    void this.ring();
    this.kick();
  }

  /** Something changed here (or the doorbell rang): sync soon, once. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), ms);
    this.timer.unref?.();
  }

  private async round(): Promise<void> {
    if (this.stopped || this.running) return;
    let next = this.deps.intervalMs;
    this.running = this.deps.sync.syncOnce().then(
      () => {
        this.failures = 0;
        this.deps.onRound?.({ ok: true });
      },
      (error: unknown) => {
        this.failures += 1;
        next = backoffMs(this.failures, this.deps.pacing);
        this.deps.logger.log('warn', 'shop-sync.round-failed', { failures: this.failures, error: String(error).slice(0, 200) });
        // A doorbell connection that died with the server is opened again with the next round.
        void this.ring();
        this.deps.onRound?.({ ok: false, error });
      },
    );
    await this.running;
    this.running = undefined;
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      next = this.failures > 0 ? next : 0;
    }
    this.schedule(next);
  }

  /** Listens on the shop's doorbell; quietly does without it when the server is away. */
  private async ring(): Promise<void> {
    if (this.stopped || this.listener) return;
    try {
      const client = await this.deps.listen();
      client.on('notification', () => this.kick());
      client.on('error', () => {
        this.listener = undefined;
      });
      await client.query(`LISTEN paydesk_${this.deps.shop.replace(/[^a-z0-9_]/g, '')}`);
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch {
      this.listener = undefined;
    }
  }
}
