import type { Clock } from '../clock';

/** How far back a counter in a shop keeps closed links; older ones are searched on the shop's server. */
export const KEPT_DAYS = 365;
/** Statuses that may still change (a poller, a callback or the owner acts on them): kept whatever their age. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['active', 'unknown']);

/** What the window looks at: a history record or its index entry. */
export interface WindowedLink {
  status: string;
  createdMs: number;
}

/**
 * What a counter of a shop keeps on its own disk: every open link and every link of the last
 * 12 months, so it works offline at the counter; the shop's server has the rest. A counter alone
 * keeps everything (no window).
 */
export class CounterWindow {
  constructor(
    private readonly clock: Clock,
    private readonly days = KEPT_DAYS,
  ) {}

  /** The first instant kept whatever the status (ms). */
  get since(): number {
    return this.clock.now().getTime() - this.days * 24 * 3600_000;
  }

  keeps(link: WindowedLink, since = this.since): boolean {
    return OPEN_STATUSES.has(link.status) || link.createdMs >= since;
  }

  keepsRecord(record: { status: string; createdAt: string }): boolean {
    return this.keeps({ status: record.status, createdMs: Date.parse(record.createdAt) });
  }
}
