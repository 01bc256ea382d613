/**
 * What the relay did, as counts for the log. Bodies are never logged (they carry hashes and
 * customer data), nor tokens (they are the shops' callback addresses).
 */
export type RelayOutcome =
  | 'stored-paytr'
  | 'stored-paynet'
  | 'unknown-token'
  | 'too-large'
  | 'wrong-type'
  | 'unreadable'
  | 'rate-limited'
  | 'not-found'
  | 'wrong-method'
  | 'database-down'
  | 'aborted';

export class RelayCounts {
  private readonly counts = new Map<RelayOutcome, number>();
  private changed = false;

  add(outcome: RelayOutcome): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
    this.changed = true;
  }

  get(outcome: RelayOutcome): number {
    return this.counts.get(outcome) ?? 0;
  }

  /** `stored-paytr=3 too-large=1 …` since start, or undefined when nothing happened since the last line. */
  takeLine(): string | undefined {
    if (!this.changed) return undefined;
    this.changed = false;
    return [...this.counts].map(([outcome, n]) => `${outcome}=${n}`).join(' ');
  }
}
