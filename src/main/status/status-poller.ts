import type { LinkSummary } from '@shared/domain/link-record';
import type { AppError, ErrorCode } from '@shared/result';
import type { Logger } from '../log/logger';
import type { OpenedAccount } from '../accounts/account-context';
import type { ProviderHealth } from '../providers/provider-health';
import { PollBackoff } from './poll-backoff';
import { isTrackable, type StatusChecker, type StatusHistory } from './status-checker';
import { isPastExpiry } from './status-transitions';

/** Timing of the poller; tests shorten every value. */
export interface StatusPolicy {
  /** First sweep after start (the window opens first). */
  startDelayMs: number;
  /** How often the poller wakes up to see what is due; waking up alone costs no request. */
  tickMs: number;
  /** A link is asked about again this long after its last check, by its age: */
  freshIntervalMs: number;
  /** … while younger than this (the customer is probably paying right now), */
  freshForMs: number;
  /** … then this, up to a day old, */
  dayIntervalMs: number;
  /** … and this for older links. */
  oldIntervalMs: number;
  /** At most this many look-ups per account per sweep, one after another. */
  maxChecksPerAccount: number;
  /** Backoff for a host that is down or an account whose credentials fail. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long stop() waits for a look-up in flight before it returns. */
  stopGraceMs: number;
}

export const defaultStatusPolicy: StatusPolicy = {
  startDelayMs: 5_000,
  tickMs: 30_000,
  freshIntervalMs: 60_000,
  freshForMs: 60 * 60_000,
  dayIntervalMs: 5 * 60_000,
  oldIntervalMs: 30 * 60_000,
  maxChecksPerAccount: 10,
  backoffBaseMs: 60_000,
  backoffMaxMs: 30 * 60_000,
  stopGraceMs: 3_000,
};

/** The host is down (or refusing load): back off every link on it. */
const hostDown: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'provider-unavailable', 'ambiguous']);
/** The account cannot be used as configured: back off every link of the account. */
const accountBroken: ReadonlySet<ErrorCode> = new Set(['auth-failed', 'credential-missing', 'keychain-unavailable', 'unsupported']);

export interface StatusPollerDeps {
  history: StatusHistory;
  checker: StatusChecker;
  clock: { now(): Date };
  logger?: Pick<Logger, 'log'>;
  policy?: Partial<StatusPolicy>;
  random?: () => number;
  /** The provider health the outbox worker keeps too: neither asks a provider the other found down. */
  health?: ProviderHealth;
}

/**
 * Checks live links in the background while the app runs: Paynet (detail + transaction check by
 * reference_no) and Ödüyo (payment list by paymentsendid). PayTR and İşbank links are never
 * polled; every link's expiry is applied locally. One look-up at a time per account.
 */
export class StatusPoller {
  readonly policy: StatusPolicy;
  private readonly backoff: PollBackoff;
  /** When each link was last asked about in this run (failed asks included), epoch ms. */
  private readonly lastAsked = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private started = false;
  /** Set by stop(): no look-up starts and nothing is written afterwards. */
  private stopped = false;

  constructor(private readonly deps: StatusPollerDeps) {
    this.policy = { ...defaultStatusPolicy, ...deps.policy };
    this.backoff = new PollBackoff({ baseMs: this.policy.backoffBaseMs, maxMs: this.policy.backoffMaxMs }, deps.random);
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.schedule(this.policy.startDelayMs);
  }

  /** Stops the timer and waits (briefly) for a sweep in flight; nothing is written afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running) {
      let grace: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([this.running, new Promise<void>((resolve) => (grace = setTimeout(resolve, this.policy.stopGraceMs)))]);
      clearTimeout(grace);
    }
  }

  /** One pass: expire what is past its time, ask providers about what is due. Never throws. */
  sweep(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.sweepOnce()
      .catch((error) => this.deps.logger?.log('error', 'status.sweep-failed', { error }))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.sweep().finally(() => this.schedule(this.policy.tickMs));
    }, delayMs);
    this.timer.unref?.();
  }

  private async sweepOnce(): Promise<void> {
    const now = this.deps.clock.now();
    const live = this.deps.history.find((r) => r.kind === 'link' && r.status === 'active', { statuses: ['active'] });
    const due = new Map<string, LinkSummary[]>();
    for (const record of live) {
      if (this.stopped) return;
      if (!isTrackable(record) || !record.url) {
        if (isPastExpiry(record, now)) await this.expireIfLive(record);
      } else if (isPastExpiry(record, now) || this.isDue(record, now.getTime())) {
        due.set(record.accountId, [...(due.get(record.accountId) ?? []), record]);
      }
    }
    await Promise.all([...due.entries()].map(([accountId, links]) => this.checkAccount(accountId, links)));
  }

  private isDue(record: LinkSummary, now: number): boolean {
    const last = this.lastAsked.get(record.reference) ?? Date.parse(record.statusCheckedAt ?? record.createdAt);
    const age = now - Date.parse(record.createdAt);
    const p = this.policy;
    const interval = age < p.freshForMs ? p.freshIntervalMs : age < 24 * 3600_000 ? p.dayIntervalMs : p.oldIntervalMs;
    return now - last >= interval;
  }

  /** Expiring links first (their last chance to show a payment), then the longest unasked. */
  private order(links: LinkSummary[], now: Date): LinkSummary[] {
    const asked = (r: LinkSummary) => this.lastAsked.get(r.reference) ?? Date.parse(r.statusCheckedAt ?? r.createdAt);
    return [...links].sort((a, b) => Number(isPastExpiry(b, now)) - Number(isPastExpiry(a, now)) || asked(a) - asked(b));
  }

  private async checkAccount(accountId: string, links: LinkSummary[]): Promise<void> {
    const { checker, clock } = this.deps;
    const accountKey = `account:${accountId}`;
    const ordered = this.order(links, clock.now());
    const expireAll = async (from: number) => {
      for (const record of ordered.slice(from)) if (isPastExpiry(record, clock.now())) await this.expireIfLive(record);
    };
    if (!this.backoff.isOpen(accountKey, clock.now().getTime())) return expireAll(0);
    const opened = await checker.open(accountId);
    if (!opened.ok) {
      await this.recordFailure(ordered[0]!, opened.error, accountKey);
      return expireAll(0);
    }
    const hostKey = `host:${hostOf(opened.opened)}`;
    const { health } = this.deps;
    let asked = 0;
    for (const [index, record] of ordered.entries()) {
      if (this.stopped) return;
      const now = clock.now().getTime();
      const paused = health?.pausedUntil(record.provider, now) !== undefined;
      if (asked >= this.policy.maxChecksPerAccount || paused || !this.backoff.isOpen(hostKey, now)) {
        return expireAll(index);
      }
      asked += 1;
      this.lastAsked.set(record.reference, now);
      const outcome = await checker.lookup(record, opened.opened);
      if (this.stopped) return;
      health?.observe(record.provider, outcome.kind === 'failed' ? outcome.error : undefined, clock.now().getTime());
      if (outcome.kind === 'failed') {
        const key = hostDown.has(outcome.error.code) ? hostKey : accountBroken.has(outcome.error.code) ? accountKey : undefined;
        await this.recordFailure(record, outcome.error, key);
        if (key === accountKey) return expireAll(index);
      } else {
        this.backoff.succeed(hostKey);
        this.backoff.succeed(accountKey);
        await this.safely(record, () => checker.record(record.reference, outcome));
      }
      if (isPastExpiry(record, clock.now())) await this.expireIfLive(record);
    }
  }

  /** One link's write failing (e.g. removed from history meanwhile) must not stop the others. */
  private async safely(record: LinkSummary, write: () => Promise<unknown>): Promise<void> {
    if (this.stopped) return;
    try {
      await write();
    } catch (error) {
      this.deps.logger?.log('warn', 'status.record-failed', { reference: record.reference, error });
    }
  }

  private async recordFailure(record: LinkSummary, error: AppError, backoffKey: string | undefined): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const waitMs = backoffKey ? this.backoff.fail(backoffKey, now, error.retryAfterMs) : undefined;
    this.deps.logger?.log('warn', 'status.check-failed', { provider: record.provider, code: error.code, waitMs });
    await this.safely(record, () => this.deps.checker.record(record.reference, { kind: 'failed', error }));
  }

  private expireIfLive(record: LinkSummary): Promise<void> {
    return this.safely(record, () => this.deps.checker.expire(record.reference));
  }
}

/** Accounts of one provider on one host share its outages. */
function hostOf(opened: OpenedAccount): string {
  try {
    return `${opened.account.provider}:${new URL(opened.baseUrl).host}`;
  } catch {
    return `${opened.account.provider}:${opened.account.id}`;
  }
}
