import { join } from 'node:path';
import {
  linkRecordSchema,
  type HistoryFilter,
  type HistoryTotals,
  type LinkRecord,
  type LinkSummary,
} from '../../../shared/domain/link-record';
import { recipientsOf } from '../../../shared/domain/recipients';
import { AppFailure } from '../../../shared/result';
import type { Clock } from '../../clock';
import type { NoticeBoard } from '../notice-board';
import { HistoryIndex } from './history-index';
import { loadHistory, setAside } from './history-loader';
import { entryOf, rowOf, type IndexEntry } from './index-row';
import { SegmentFile } from './segment-file';
import { removeSidecar } from './segment-sidecar';

export const HISTORY_FOLDER = 'history';
/** Records per segment: an append rewrites at most this many (plus a size cap for long timelines). */
export const DEFAULT_SEGMENT_SIZE = 500;
const SEGMENT_MAX_CHARS = 1_000_000;
/** Records read from sealed segments kept at hand (the poller's live links, pages scrolled back to). */
const RECENT_READS = 5_000;

export interface HistoryStoreOptions {
  /** Smaller segments in tests (crash test, rollover). */
  segmentSize?: number;
}

/**
 * Every link ever made, in segment files under `<dataDir>/history/`. Appends go to the newest
 * segment and an update rewrites only the segment holding the record, so no write ever touches
 * years of data. An index of every record stays in memory for the history screen; full records
 * of older segments are read when first needed. Writes are serialised and resolve only once the
 * file is durable; memory changes only after that.
 */
export class HistoryStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(references: string[]) => void>();
  private closed = false;
  private readonly recent = new Map<string, LinkRecord>();

  private constructor(
    private readonly folder: string,
    private readonly segments: Map<number, SegmentFile>,
    private readonly index: HistoryIndex,
    private readonly notices: NoticeBoard,
    private readonly clock: Clock,
    private readonly segmentSize: number,
    /** Where appends go while it has room. */
    private active: SegmentFile | undefined,
    private nextNumber: number,
  ) {}

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock, options: HistoryStoreOptions = {}): Promise<HistoryStore> {
    const folder = join(dataDir, HISTORY_FOLDER);
    const loaded = await loadHistory(folder, clock);
    for (const notice of loaded.notices) notices.add(notice);
    const index = new HistoryIndex();
    index.load(loaded.entries);
    const active = loaded.segments.get(loaded.newest);
    const size = options.segmentSize ?? DEFAULT_SEGMENT_SIZE;
    const store = new HistoryStore(folder, loaded.segments, index, notices, clock, size, active, loaded.newest + 1);
    for (const segment of loaded.toSeal) store.sealLater(segment);
    return store;
  }

  get size(): number {
    return this.index.size;
  }

  /** Adds a new link. Rejects with `conflict` when the reference is already in history. */
  async append(record: LinkRecord): Promise<void> {
    const valid = validate(record);
    await this.enqueue(async () => {
      if (this.index.get(valid.reference)) throw AppFailure.of('conflict', 'This reference is already in history');
      const current = this.active;
      const roomy = current?.records && current.count < this.segmentSize && current.textLength < SEGMENT_MAX_CHARS;
      const segment = roomy ? current : SegmentFile.loaded(this.folder, this.nextNumber, []);
      const slot = segment.count;
      await segment.write([...(segment.records ?? []), valid]);
      if (segment !== current) {
        this.segments.set(segment.number, segment);
        this.active = segment;
        this.nextNumber++;
        if (current) this.sealLater(current);
      }
      this.index.put(entryOf(rowOf(valid), segment.number, slot));
      this.changed([valid.reference]);
    });
  }

  /**
   * Changes one record (the function gets a copy) and stamps `updatedAt`; only its segment is
   * rewritten. Rejects with `not-found` for an unknown reference.
   */
  update(reference: string, change: (record: LinkRecord) => LinkRecord): Promise<LinkRecord> {
    return this.enqueue(async () => {
      const found = await this.loadRecord(reference);
      if (!found) throw AppFailure.of('not-found', 'No such link in history');
      const { segment, slot, record: current } = found;
      const next = validate({ ...change(structuredClone(current)), updatedAt: this.clock.now().toISOString() });
      if (next.reference !== reference) throw AppFailure.of('invalid-input', 'A link reference cannot change');
      const records = [...segment.records!];
      records[slot] = next;
      await segment.write(records);
      this.recent.delete(reference);
      if (segment !== this.active) this.sealLater(segment);
      this.index.put(entryOf(rowOf(next), segment.number, slot));
      this.changed([reference]);
      return structuredClone(next);
    });
  }

  get(reference: string): LinkRecord | undefined {
    const entry = this.index.get(reference);
    const record = entry && this.recordNow(entry);
    return record && structuredClone(record);
  }

  /** One page of the filtered history, newest first, with totals over the whole filtered set. */
  query(filter: HistoryFilter, offset: number, limit: number): { total: number; rows: LinkSummary[]; totals: HistoryTotals } {
    for (;;) {
      const { entries, totals } = this.index.select(filter);
      const records = this.recordsNow(entries.slice(offset, offset + limit));
      if (records) return { total: entries.length, rows: records.map(summaryOf), totals: structuredClone(totals) };
    }
  }

  /** Every record the filter selects, newest first. Treat them as read-only. */
  matching(filter: HistoryFilter): LinkRecord[] {
    for (;;) {
      const records = this.recordsNow(this.index.select(filter).entries);
      if (records) return records;
    }
  }

  /** `matching` without blocking: each segment involved is read once, asynchronously (CSV export). */
  async loadMatching(filter: HistoryFilter): Promise<LinkRecord[]> {
    const entries = this.index.select(filter).entries;
    const bySegment = new Map<number, IndexEntry[]>();
    for (const entry of entries) {
      const list = bySegment.get(entry.segment);
      if (list) list.push(entry);
      else bySegment.set(entry.segment, [entry]);
    }
    const found = new Map<string, LinkRecord>();
    for (const [number, wanted] of bySegment) {
      const records = (await this.segments.get(number)?.readRecords(wanted)) ?? [];
      records.forEach((record, i) => record && found.set(wanted[i]!.reference, record));
    }
    // Anything a bulk read could not give (a damaged range) goes through the careful path.
    return found.size === entries.length ? entries.map((e) => found.get(e.reference)!) : this.matching(filter);
  }

  /**
   * Summaries for which the predicate holds, newest first (e.g. links the status poller should
   * check). `narrow` pre-selects by the index (e.g. `{ statuses: ['active'] }`), so segments with
   * no candidate are never read.
   */
  find(predicate: (record: LinkSummary) => boolean, narrow: HistoryFilter = {}): LinkSummary[] {
    const records = this.matching(narrow);
    return records.filter((r) => predicate(r)).map(summaryOf);
  }

  onChange(listener: (references: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for pending writes (and the sidecars they queue); later writes are refused. */
  async close(): Promise<void> {
    this.closed = true;
    let last: Promise<unknown>;
    do {
      last = this.queue;
      await last;
    } while (last !== this.queue);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(AppFailure.of('internal', 'History is closed'));
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes a sealed segment's sidecar after the current writes (a cache: failure only costs a slower start). */
  private sealLater(segment: SegmentFile): void {
    const run = this.queue.then(() => (this.segments.get(segment.number) === segment ? segment.seal() : undefined));
    this.queue = run.catch(() => undefined);
  }

  /** The full records of these entries, reading unloaded segments now; null when one turned out unreadable. */
  private recordsNow(entries: IndexEntry[]): LinkRecord[] | null {
    const records: LinkRecord[] = [];
    for (const entry of entries) {
      const record = this.recordNow(entry);
      if (!record) return null;
      records.push(record);
    }
    return records;
  }

  private recordNow(entry: IndexEntry): LinkRecord | undefined {
    const segment = this.segments.get(entry.segment);
    if (!segment) return undefined;
    if (segment.records) return segment.recordSync(entry.slot, entry.reference) ?? this.reindex(segment);
    const kept = this.recent.get(entry.reference);
    if (kept) {
      // Most recently used last, so the oldest read is the one dropped.
      this.recent.delete(entry.reference);
      this.recent.set(entry.reference, kept);
      return kept;
    }
    const record = segment.recordSync(entry.slot, entry.reference);
    if (record) {
      this.recent.set(entry.reference, record);
      if (this.recent.size > RECENT_READS) this.recent.delete(this.recent.keys().next().value!);
      return record;
    }
    // The range read failed: read the whole file to tell a damaged file from a sidecar that disagrees with it.
    const result = segment.loadSync();
    if (!result.ok) return this.lose(segment, result.reason);
    return segment.recordSync(entry.slot, entry.reference) ?? this.reindex(segment);
  }

  /** The record with its segment in memory (to rewrite it), and where it sits there. */
  private async loadRecord(reference: string): Promise<{ segment: SegmentFile; slot: number; record: LinkRecord } | undefined> {
    const entry = this.index.get(reference);
    const segment = entry && this.segments.get(entry.segment);
    if (!entry || !segment) return undefined;
    if (!segment.records) {
      const result = await segment.load();
      if (!result.ok) return this.lose(segment, result.reason);
    }
    const record = segment.recordSync(entry.slot, entry.reference);
    if (record) return { segment, slot: entry.slot, record };
    // The index came from a sidecar that disagrees with the file: index the file's records, look again.
    this.reindex(segment);
    const moved = this.index.get(reference);
    const again = moved?.segment === segment.number ? segment.recordSync(moved.slot, reference) : null;
    return again ? { segment, slot: moved!.slot, record: again } : undefined;
  }

  /**
   * The segment's records (read in full, valid) are not what its index rows say: the sidecar was
   * wrong, not the file. Its rows are rebuilt from the records and the sidecar rewritten; nothing
   * is set aside. Answers undefined so the caller looks the record up again.
   */
  private reindex(segment: SegmentFile): undefined {
    const records = segment.records;
    if (!records || this.segments.get(segment.number) !== segment) return undefined;
    const gone = this.index.removeSegment(segment.number);
    records.forEach((record, slot) => this.index.put(entryOf(rowOf(record), segment.number, slot)));
    this.recent.clear();
    if (segment !== this.active) this.sealLater(segment);
    const touched = [...new Set([...gone, ...records.map((r) => r.reference)])];
    for (let i = 0; i < touched.length; i += 1000) this.changed(touched.slice(i, i + 1000));
    return undefined;
  }

  /** A segment found unreadable after start: set it aside, drop its rows, tell the user and the screen. */
  private lose(segment: SegmentFile, reason: 'damaged' | 'newer'): undefined {
    if (this.segments.get(segment.number) !== segment) return undefined;
    this.segments.delete(segment.number);
    this.recent.clear();
    if (this.active === segment) this.active = undefined;
    this.notices.add(setAside(segment.path, reason, this.clock));
    void removeSidecar(segment.path).catch(() => undefined);
    const gone = this.index.removeSegment(segment.number);
    for (let i = 0; i < gone.length; i += 1000) this.changed(gone.slice(i, i + 1000));
    return undefined;
  }

  private changed(references: string[]): void {
    for (const listener of this.listeners) listener(references);
  }
}

function validate(record: LinkRecord): LinkRecord {
  const parsed = linkRecordSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || 'record');
  throw AppFailure.of('invalid-input', `Not a valid history record (${where.join(', ')})`);
}

function summaryOf(record: LinkRecord): LinkSummary {
  const { timeline, statusDetails: _details, ...summary } = record;
  const sentTo = recipientsOf(timeline);
  return structuredClone(sentTo.length > 0 ? { ...summary, sentTo } : summary);
}
