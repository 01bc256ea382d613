import { outboxItemSchema, type OutboxItem, type UnknownDecision } from '@shared/domain/outbox-item';
import type { Logger } from '../log/logger';
import type { BackoffPacing } from '../providers/provider-health';
import { RoundLoop } from './round-loop';
import { claimNext, settleClaim, takeOverStale, type ClaimTimes, type ShopClaim } from './shop-claims';
import type { ShopSession } from './shop-connection';

/** What the counter does with an item it claimed from the shop's queue (the link module). */
export interface ShopQueueWork {
  /** Accounts whose keys are in this computer's keychain: only their items are claimed here. */
  sendableAccounts(): Promise<string[]>;
  /** Runs the claimed item through this counter's outbox under `fence`; answers the item as it ended. */
  perform(item: OutboxItem, fence: number): Promise<OutboxItem>;
  /** This counter's result came after it lost the claim: said on the link's timeline (shared with every counter). */
  lostClaim(item: OutboxItem): Promise<void>;
  /** The owner decided on an `unknown` item in the shop: what follows here (history, this counter's copy); answers the copy or the item. */
  settleResolved(item: OutboxItem, decision: UnknownDecision): Promise<OutboxItem>;
}

export interface ShopQueueDeps {
  connect: () => Promise<ShopSession>;
  /** This counter's id in the shop (claims are taken and fenced under it). */
  counterId: string;
  work: ShopQueueWork;
  times: ClaimTimes;
  logger: Pick<Logger, 'log'>;
  /** Look for work this often even when nothing rings. */
  idleMs: number;
  pacing: BackoffPacing;
  /** Claims worked on at once. */
  concurrency: number;
}

/** How the shop's copy of an item goes on after this counter ran it. */
function shopStateAfter(item: OutboxItem): { state: string; notBefore?: string } {
  switch (item.state) {
    case 'created':
    case 'failed':
    case 'unknown':
    case 'cancelled':
      return { state: item.state };
    // Nothing reached the provider: back in the queue for whichever counter is open when it answers again.
    case 'retry-wait':
    case 'queued':
      return { state: 'queued', ...(item.nextAttemptAt ? { notBefore: item.nextAttemptAt } : {}) };
    default:
      return { state: 'unknown' };
  }
}

/**
 * The shop's queue as one counter works on it: claims items any open counter may send (one
 * statement, `FOR UPDATE SKIP LOCKED`, a lease and a fence), runs each through this counter's own
 * outbox, and settles it under the fence. What a dead counter left `sending` is taken over as
 * `unknown` once its lease and the clock-skew margin are over: never sent again blind.
 */
export class ShopQueue {
  private readonly loop: RoundLoop;
  /** Outcomes run here whose settle did not reach the server (the connection dropped): settled first next round. */
  private readonly unsettled = new Map<string, { claim: ShopClaim; state: string; item: OutboxItem; notBefore?: string }>();

  constructor(private readonly deps: ShopQueueDeps) {
    this.loop = new RoundLoop({
      run: () => this.drain(),
      intervalMs: deps.idleMs,
      pacing: deps.pacing,
      onFailure: (error, failures) => deps.logger.log('warn', 'shop-queue.round-failed', { failures, error: String(error).slice(0, 200) }),
    });
  }

  start(): void {
    this.loop.kick();
  }

  /** Something may be waiting (the doorbell rang, a round went through): look now. */
  kick(): void {
    this.loop.kick();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private async drain(): Promise<void> {
    const first = await this.deps.connect();
    try {
      for (const [id, late] of this.unsettled) {
        await this.settle(first, late.claim, late.state, late.item, late.notBefore);
        this.unsettled.delete(id);
      }
      const taken = await takeOverStale(first, this.deps.counterId, this.deps.times);
      for (const claim of taken) this.deps.logger.log('warn', 'shop-queue.taken-over-unknown', { id: claim.id });
    } finally {
      await first.end().catch(() => undefined);
    }
    // Read once per round: the keychain answers slowly, and a key typed meanwhile counts from the next round.
    const accounts = await this.deps.work.sendableAccounts();
    if (accounts.length === 0) return;
    const lanes = Array.from({ length: this.deps.concurrency }, () => this.lane(accounts));
    const ended = await Promise.allSettled(lanes);
    const failed = ended.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** One connection claiming and running items until none is free for this counter. */
  private async lane(accounts: readonly string[]): Promise<void> {
    const client = await this.deps.connect();
    try {
      while (!this.loop.isStopped) {
        const claim = await claimNext(client, this.deps.counterId, this.deps.times, accounts);
        if (!claim) return;
        await this.run(client, claim);
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private async run(client: ShopSession, claim: ShopClaim): Promise<void> {
    const parsed = outboxItemSchema.safeParse(claim.item);
    if (!parsed.success || parsed.data.id !== claim.id) {
      // Nothing was sent: an item this PayDesk cannot read waits for a counter that can, or the owner.
      this.deps.logger.log('warn', 'shop-queue.unreadable-item', { id: claim.id.slice(0, 64) });
      await settleClaim(client, this.deps.counterId, claim, 'failed', claim.item);
      return;
    }
    const ended = await this.deps.work.perform(parsed.data, claim.fence);
    const next = shopStateAfter(ended);
    try {
      await this.settle(client, claim, next.state, ended, next.notBefore);
    } catch (error) {
      // Done here but not yet said there: kept for the next round (a restart loses it, and the lease then makes it `unknown`).
      this.unsettled.set(claim.id, { claim, state: next.state, item: ended, ...(next.notBefore ? { notBefore: next.notBefore } : {}) });
      throw error;
    }
  }

  private async settle(client: ShopSession, claim: ShopClaim, state: string, item: OutboxItem, notBefore?: string): Promise<void> {
    const answer = await settleClaim(client, this.deps.counterId, claim, state, item, notBefore);
    if (answer === 'conflict') {
      this.deps.logger.log('warn', 'shop-queue.claim-lost', { id: claim.id, fence: claim.fence });
      await this.deps.work.lostClaim(item);
    }
  }
}
