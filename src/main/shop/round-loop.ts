import { backoffMs, type BackoffPacing } from '../providers/provider-health';

export interface RoundLoopDeps {
  /** One round of work; a rejection counts as a failure. */
  run: () => Promise<void>;
  /** Between rounds when nothing asks sooner. */
  intervalMs: number;
  /** After a failure: the one backoff (equal jitter), longer with each failure in a row. */
  pacing: BackoffPacing;
  onSuccess?: () => void;
  onFailure?: (error: unknown, failures: number) => void;
}

/**
 * Work that runs in rounds against the shop's server: one round at a time, a round soon when
 * `kick`ed (one more after the current one, if it is running), every `intervalMs` anyway, and
 * with the backoff after a failure. The counter keeps working whatever the server does.
 */
export class RoundLoop {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private stopped = false;

  constructor(private readonly deps: RoundLoopDeps) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** No round starts after this; resolves when the one running has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), ms);
    this.timer.unref?.();
  }

  private async round(): Promise<void> {
    if (this.stopped || this.running) return;
    let next = this.deps.intervalMs;
    this.running = this.deps.run().then(
      () => {
        this.failures = 0;
        this.deps.onSuccess?.();
      },
      (error: unknown) => {
        this.failures += 1;
        next = backoffMs(this.failures, this.deps.pacing);
        this.deps.onFailure?.(error, this.failures);
      },
    );
    await this.running;
    this.running = undefined;
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      if (this.failures === 0) next = 0;
    }
    this.schedule(next);
  }
}
