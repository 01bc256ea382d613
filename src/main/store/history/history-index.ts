import type { LinkStatus } from '@shared/domain/link';
import { totalsOutcomeOf, type HistoryFilter, type HistoryTotals } from '@shared/domain/link-record';
import type { Currency } from '@shared/domain/money';
import type { ProviderId } from '@shared/domain/provider-id';
import type { IndexEntry } from './index-row';
import { compileSearch, EXACT_MATCH, NO_MATCH } from './search-text';

export interface Selection {
  /** Newest first. */
  entries: IndexEntry[];
  totals: HistoryTotals;
}

/**
 * Every record's index entry in memory, ordered by creation time (oldest first, so the usual append is a push),
 * with a reference map and the last few selections cached, so scrolling through pages of the
 * same filter does not scan 100,000 rows again.
 */
export class HistoryIndex {
  private ordered: IndexEntry[] = [];
  /** Built on first use after a bulk load (see `references`). */
  private byReference: Map<string, IndexEntry> | undefined = new Map();
  /** The last few selections (the screen's filter, the poller's …), dropped on any change. */
  private cache = new Map<string, Selection>();

  get size(): number {
    return this.ordered.length;
  }

  get(reference: string): IndexEntry | undefined {
    return this.references().get(reference);
  }

  /**
   * Bulk load: one sort (usually skipped: segments are mostly in creation order already). The
   * reference map waits for its first use: for a chain's year of links it takes a fifth of a
   * second that the first History page need not wait for.
   */
  load(entries: IndexEntry[]): void {
    this.ordered = isSorted(entries) ? entries : [...entries].sort(compare);
    this.byReference = undefined;
    this.cache.clear();
  }

  put(entry: IndexEntry): void {
    const byReference = this.references();
    const old = byReference.get(entry.reference);
    if (old) this.ordered.splice(this.positionOf(old), 1);
    this.ordered.splice(this.insertionPoint(entry), 0, entry);
    byReference.set(entry.reference, entry);
    this.cache.clear();
  }

  private references(): Map<string, IndexEntry> {
    if (this.byReference) return this.byReference;
    const byReference = new Map<string, IndexEntry>();
    for (const entry of this.ordered) byReference.set(entry.reference, entry);
    // A reference in two segments (files put together by hand): the later one's entry wins, as
    // the sort is stable and segments are read in order.
    if (byReference.size !== this.ordered.length) {
      this.ordered = this.ordered.filter((entry) => byReference.get(entry.reference) === entry);
      this.cache.clear();
    }
    this.byReference = byReference;
    return byReference;
  }

  /** Drops the entries of a segment that turned out unreadable. */
  removeSegment(segment: number): string[] {
    const gone = this.ordered.filter((e) => e.segment === segment).map((e) => e.reference);
    this.ordered = this.ordered.filter((e) => e.segment !== segment);
    const byReference = this.references();
    for (const reference of gone) byReference.delete(reference);
    this.cache.clear();
    return gone;
  }

  /** Puts `entries` in place of a segment's entries (its records rewritten, some left out): one pass. */
  replaceSegment(segment: number, entries: readonly IndexEntry[]): void {
    const next = new Map(entries.map((e) => [e.reference, e]));
    const byReference = this.references();
    const kept: IndexEntry[] = [];
    for (const entry of this.ordered) {
      if (entry.segment !== segment) kept.push(entry);
      else if (next.has(entry.reference)) kept.push(next.get(entry.reference)!);
      else byReference.delete(entry.reference);
    }
    for (const entry of entries) byReference.set(entry.reference, entry);
    this.ordered = kept;
    this.cache.clear();
  }

  /** Newest first over the whole index (for `find`). */
  *newestFirst(): Generator<IndexEntry> {
    for (let i = this.ordered.length - 1; i >= 0; i--) yield this.ordered[i]!;
  }

  select(filter: HistoryFilter): Selection {
    const key = JSON.stringify(filter);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const selection = this.scan(filter);
    if (this.cache.size >= 4) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, selection);
    return selection;
  }

  private scan(filter: HistoryFilter): Selection {
    const accounts = nonEmptySet<string>(filter.accountIds);
    const providers = nonEmptySet<string>(filter.providers);
    const statuses = nonEmptySet<string>(filter.statuses);
    const search = compileSearch(filter.text);
    // The order is by creation time, so a date range is a slice found by binary search.
    const low = filter.from ? this.firstAtOrAfter(Date.parse(filter.from)) : 0;
    const high = filter.to ? this.firstAtOrAfter(Date.parse(filter.to) + 1) : this.ordered.length;
    const entries: IndexEntry[] = [];
    // Records found only without Turkish letters come after the exact ones (each group newest first).
    const looseEntries: IndexEntry[] = [];
    const totals: HistoryTotals = { count: 0, byCurrency: {}, byOutcome: {}, byProvider: {} };
    for (let i = high - 1; i >= low; i--) {
      const entry = this.ordered[i]!;
      if (accounts && !accounts.has(entry.accountId)) continue;
      if (providers && !providers.has(entry.provider)) continue;
      if (statuses && !statuses.has(entry.status)) continue;
      const match = search ? search(entry.searchText, entry.minor) : EXACT_MATCH;
      if (match === NO_MATCH) continue;
      (match === EXACT_MATCH ? entries : looseEntries).push(entry);
      addToTotals(totals, entry);
    }
    if (looseEntries.length > 0) entries.push(...looseEntries);
    return { entries, totals };
  }

  private firstAtOrAfter(ms: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ordered[mid]!.createdMs < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertionPoint(entry: IndexEntry): number {
    // Appends are nearly always the newest: look from the end first.
    const last = this.ordered[this.ordered.length - 1];
    if (!last || compare(last, entry) <= 0) return this.ordered.length;
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.ordered[mid]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private positionOf(entry: IndexEntry): number {
    let lo = this.firstAtOrAfter(entry.createdMs);
    while (lo < this.ordered.length && this.ordered[lo] !== entry) lo++;
    if (this.ordered[lo] !== entry) throw new Error('history index out of step');
    return lo;
  }
}

function compare(a: IndexEntry, b: IndexEntry): number {
  if (a.createdMs !== b.createdMs) return a.createdMs - b.createdMs;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

function isSorted(entries: IndexEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (compare(entries[i - 1]!, entries[i]!) > 0) return false;
  return true;
}

function nonEmptySet<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

function addToTotals(totals: HistoryTotals, entry: IndexEntry): void {
  const currency = entry.currency as Currency;
  const minor = entry.minor;
  totals.count++;
  const row = (totals.byCurrency[currency] ??= { count: 0, sumMinor: 0 });
  row.count++;
  row.sumMinor += minor;
  const outcome = totalsOutcomeOf[entry.status as LinkStatus];
  if (outcome) {
    const outcomeRow = ((totals.byOutcome[outcome] ??= {})[currency] ??= { count: 0, sumMinor: 0 });
    outcomeRow.count++;
    outcomeRow.sumMinor += minor;
  }
  const perProvider = (totals.byProvider[entry.provider as ProviderId] ??= {});
  const providerRow = (perProvider[currency] ??= { count: 0, sumMinor: 0 });
  providerRow.count++;
  providerRow.sumMinor += minor;
}
