import type { Client } from 'pg';
import type { BackoffPacing } from '../providers/provider-health';
import { RoundLoop } from './round-loop';
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
  private readonly loop: RoundLoop;
  private listener: Client | undefined;

  constructor(private readonly deps: ShopSyncRunnerDeps) {
    this.loop = new RoundLoop({
      run: async () => void (await deps.sync.syncOnce()),
      intervalMs: deps.intervalMs,
      pacing: deps.pacing,
      onSuccess: () => deps.onRound?.({ ok: true }),
      onFailure: (error, failures) => {
        deps.logger.log('warn', 'shop-sync.round-failed', { failures, error: String(error).slice(0, 200) });
        // A doorbell connection that died with the server is opened again with the next round.
        void this.ring();
        deps.onRound?.({ ok: false, error });
      },
    });
  }

  start(): void {
    void this.ring();
    this.kick();
  }

  /** Something changed here (or the doorbell rang): sync soon, once. */
  kick(): void {
    this.loop.kick();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.listener?.end().catch(() => undefined);
  }

  /** Listens on the shop's doorbell; quietly does without it when the server is away. */
  private async ring(): Promise<void> {
    if (this.loop.isStopped || this.listener) return;
    try {
      const client = await this.deps.listen();
      client.on('notification', () => this.kick());
      client.on('error', () => {
        this.listener = undefined;
      });
      await client.query(`LISTEN paydesk_${this.deps.shop.replace(/[^a-z0-9_]/g, '')}`);
      if (this.loop.isStopped) await client.end();
      else this.listener = client;
    } catch {
      this.listener = undefined;
    }
  }
}
