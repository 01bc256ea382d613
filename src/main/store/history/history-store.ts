import { join } from 'node:path';
import {
  linkRecordSchema,
  type HistoryFilter,
  type HistoryTotals,
  type LinkRecord,
  type LinkSummary,
} from '@shared/domain/link-record';
import { recipientsOf } from '@shared/domain/recipients';
import { AppFailure } from '@shared/result';
import type { Clock } from '../../clock';
import { AppendJournal, keepDamagedJournal } from '../append-journal';
import type { NoticeBoard } from '../notice-board';
import { HistoryIndex } from './history-index';
import { HISTORY_JOURNAL_FILE, readHistoryJournal, type JournalPut } from './history-journal';
import { loadHistory, setAside } from './history-loader';
import { entryOf, rowOf, type IndexEntry } from './index-row';
import { jsonOf, SegmentFile } from './segment-file';
import { removeSidecar } from './segment-sidecar';

export const HISTORY_FOLDER = 'history';
/** Records per segment: an append rewrites at most this many (plus a size cap for long timelines). */
export const DEFAULT_SEGMENT_SIZE = 500;
const SEGMENT_MAX_CHARS = 1_000_000;
/** Records read from sealed segments kept at hand (the poller's live links, pages scrolled back to). */
const RECENT_READS = 5_000;
/** The journal is folded into its segments after this many lines, or once this many segments wait for it. */
const FOLD_AT_LINES = 200;
const FOLD_AT_SEGMENTS = 8;

export interface HistoryStoreOptions {
  /** Smaller segments in tests (crash test, rollover). */
  segmentSize?: number;
}

/**
 * Every link ever made, in segment files under `<dataDir>/history/`. An append or an update is one
 * line in `history/journal.jsonl` (fdatasync), and the segments it touched are rewritten when the
 * journal is folded in (every few hundred lines, at start after a crash, at close), so no write
 * ever touches years of data. An index of every record stays in memory for the history screen;
 * full records of older segments are read when first needed. Writes are serialised and resolve
 * only once the line is durable; memory changes only after that.
 */
export class HistoryStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(references: string[]) => void>();
  private closed = false;
  private readonly recent = new Map<string, LinkRecord>();
  private journal: AppendJournal | undefined;
  private journalPath = '';
  private foldQueued = false;

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
    const journalPath = join(folder, HISTORY_JOURNAL_FILE);
    const journalled = await readHistoryJournal(journalPath);
    if (journalled.unusable > 0) await keepDamagedJournal(journalPath, journalled.text, 'history', notices, clock);
    for (const put of journalled.puts) await store.replay(put);
    store.journalPath = journalPath;
    // A folder that takes no writes now still opens; the first change says why it cannot be saved.
    store.journal = await AppendJournal.open(journalPath).catch(() => undefined);
    // After a crash: write what the journal held into the segments, and start with an empty journal
    // (if the folder takes no writes now, the journal still holds it all and the next fold tries again).
    if (journalled.text.length > 0) await store.snapshot().catch(() => undefined);
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
      await this.place([valid]);
    });
  }

  /**
   * Adds links that arrive together (a counter copying a shop's history) with one journal write
   * for the lot. Links already here are left as they are. Resolves with how many were added.
   */
  async appendMany(records: readonly LinkRecord[]): Promise<number> {
    const valid = records.map(validate);
    return this.enqueue(async () => {
      const seen = new Set<string>();
      const fresh = valid.filter((r) => !this.index.get(r.reference) && !seen.has(r.reference) && Boolean(seen.add(r.reference)));
      if (fresh.length > 0) await this.place(fresh);
      return fresh.length;
    });
  }

  /**
   * Drops the records `test` picks (a shop's counter letting go of old closed links its server
   * keeps). The journal is folded first; each sealed segment touched is rewritten without them
   * (or deleted when nothing is left), and its index rows follow at once. The segment taking
   * appends is left alone. Resolves with the references dropped.
   */
  remove(test: (entry: IndexEntry) => boolean): Promise<string[]> {
    return this.enqueue(async () => {
      await this.fold();
      const bySegment = new Map<number, Set<string>>();
      for (const entry of this.index.newestFirst()) {
        if (entry.segment === this.active?.number || !test(entry)) continue;
        const set = bySegment.get(entry.segment) ?? new Set<string>();
        bySegment.set(entry.segment, set.add(entry.reference));
      }
      const dropped: string[] = [];
      for (const [number, gone] of bySegment) {
        const segment = this.segments.get(number);
        if (!segment || (!segment.records && !(await segment.load()).ok)) continue;
        const kept = segment.records!.filter((record) => !gone.has(record.reference));
        if (kept.length === 0) await segment.remove();
        else await segment.write(kept);
        // No await between the file and the index: a read never sees one without the other.
        if (kept.length === 0) this.segments.delete(number);
        this.index.replaceSegment(number, kept.map((record, slot) => entryOf(rowOf(record), number, slot)));
        this.recent.clear();
        dropped.push(...gone);
        if (kept.length > 0) await segment.seal();
      }
      for (let i = 0; i < dropped.length; i += 1000) this.changed(dropped.slice(i, i + 1000));
      return dropped;
    });
  }

  /**
   * Changes one record (the function gets a copy) and stamps `updatedAt`: one journal line; its
   * segment is rewritten with others when the journal is folded. Rejects with `not-found` for an
   * unknown reference.
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
      await this.journalPut(segment, slot, next);
      segment.stage(records);
      this.recent.delete(reference);
      this.index.put(entryOf(rowOf(next), segment.number, slot));
      this.changed([reference]);
      this.foldWhenDue();
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

  /** References of the records `test` picks, from the index alone (no record is read). */
  references(test: (entry: IndexEntry) => boolean = () => true): string[] {
    const found: string[] = [];
    for (const entry of this.index.newestFirst()) if (test(entry)) found.push(entry.reference);
    return found;
  }

  onChange(listener: (references: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes every change still only in the journal into its segment, then empties the journal (before a backup reads the files). */
  snapshot(): Promise<void> {
    return this.enqueue(() => this.fold());
  }

  /** Waits for pending writes (and the sidecars they queue), folds the journal in; later writes are refused. */
  async close(): Promise<void> {
    if (this.closed) return;
    // The journal already holds every change if folding fails: the next start folds it.
    await this.snapshot().catch(() => undefined);
    this.closed = true;
    let last: Promise<unknown>;
    do {
      last = this.queue;
      await last;
    } while (last !== this.queue);
    await this.journal?.close();
  }

  /** One journal line: this record at this place. Durable when it resolves. */
  private async journalPut(segment: SegmentFile, slot: number, record: LinkRecord): Promise<void> {
    this.journal ??= await AppendJournal.open(this.journalPath);
    await this.journal.append(journalLine(segment.number, slot, record));
  }

  /**
   * New records after the last one, in the segment taking appends while it has room and in new
   * segments after it: where each goes is planned first, then the journal takes every line in
   * one write, and only then does memory change (a failed write changes nothing).
   */
  private async place(records: readonly LinkRecord[]): Promise<void> {
    const filled: Array<{ segment: SegmentFile; records: LinkRecord[] }> = [];
    let target = this.active?.records ? { segment: this.active, records: [...this.active.records] } : undefined;
    let chars = this.active?.records ? this.active.textLength : 0;
    let next = this.nextNumber;
    const lines: string[] = [];
    const entries: IndexEntry[] = [];
    for (const record of records) {
      if (!target || target.records.length >= this.segmentSize || chars >= SEGMENT_MAX_CHARS) {
        target = { segment: SegmentFile.loaded(this.folder, next++, []), records: [] };
        chars = 0;
      }
      if (filled.at(-1) !== target) filled.push(target);
      const line = journalLine(target.segment.number, target.records.length, record);
      entries.push(entryOf(rowOf(record), target.segment.number, target.records.length));
      target.records.push(record);
      chars += jsonOf(record).length + 1;
      lines.push(line);
    }
    this.journal ??= await AppendJournal.open(this.journalPath);
    await this.journal.appendAll(lines);
    for (const { segment, records: staged } of filled) {
      segment.stage(staged);
      if (segment === this.active) continue;
      this.segments.set(segment.number, segment);
      if (this.active) this.sealLater(this.active);
      this.active = segment;
    }
    this.nextNumber = next;
    for (const entry of entries) this.index.put(entry);
    for (let i = 0; i < records.length; i += 1000) this.changed(records.slice(i, i + 1000).map((r) => r.reference));
    this.foldWhenDue();
  }

  /** Queues a fold once the journal is long or many segments wait for it (callers already have their answer). */
  private foldWhenDue(): void {
    if (this.foldQueued || !this.journal) return;
    const waiting = [...this.segments.values()].filter((s) => s.hasUnsavedRecords).length;
    if (this.journal.size.lines < FOLD_AT_LINES && waiting < FOLD_AT_SEGMENTS) return;
    this.foldQueued = true;
    const run = this.queue.then(() => this.fold());
    this.queue = run.catch(() => undefined);
  }

  /** Rewrites each segment the journal changed (sealing the ones that take no more appends), then empties the journal. */
  private async fold(): Promise<void> {
    this.foldQueued = false;
    for (const segment of [...this.segments.values()]) {
      if (!segment.hasUnsavedRecords || this.segments.get(segment.number) !== segment) continue;
      await segment.write(segment.records!);
      if (segment !== this.active) await segment.seal();
    }
    await this.journal?.clear();
  }

  /** Applies one journal line at open: the record at its place, its segment read first when sealed. */
  private async replay(put: JournalPut): Promise<void> {
    let segment = this.segments.get(put.segment);
    if (!segment) {
      // Only a segment the journal started (its file was never written) may appear here.
      if (put.segment < this.nextNumber - 1 || put.slot !== 0) return;
      segment = SegmentFile.loaded(this.folder, put.segment, []);
      this.segments.set(put.segment, segment);
      this.active = segment;
      this.nextNumber = put.segment + 1;
    }
    if (!segment.records && !(await segment.load()).ok) return;
    const records = [...segment.records!];
    if (put.slot > records.length) return;
    records[put.slot] = put.record;
    segment.stage(records);
    this.index.put(entryOf(rowOf(put.record), segment.number, put.slot));
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

function journalLine(segment: number, slot: number, record: LinkRecord): string {
  return `{"segment":${segment},"slot":${slot},"record":${jsonOf(record)}}`;
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
