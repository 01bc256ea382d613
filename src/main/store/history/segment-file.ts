import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { linkRecordSchema, type LinkRecord } from '@shared/domain/link-record';
import { AtomicJsonFile } from '../atomic-json-file';
import { columnsOf, rowOf } from './index-row';
import {
  decodeSegment,
  HISTORY_SCHEMA_VERSION,
  SEGMENT_SUFFIX,
  segmentFileName,
  segmentPrefix,
  type DecodeResult,
  type SegmentEnvelope,
} from './segment-format';
import { removeSidecar, writeSidecar, type SidecarContent } from './segment-sidecar';

/**
 * Records are never changed in place (an update stores a new object), so each one's JSON is
 * computed once and reused: rewriting a 500-record segment then costs a string join, and the
 * byte offsets of a file just written are known exactly.
 */
const recordJson = new WeakMap<LinkRecord, string>();

/** A record's JSON, computed once per record object (segments and journal lines share it). */
export function jsonOf(record: LinkRecord): string {
  let text = recordJson.get(record);
  if (text === undefined) {
    text = JSON.stringify(record);
    recordJson.set(record, text);
  }
  return text;
}

export function encodeSegment(envelope: SegmentEnvelope): string {
  return `${segmentPrefix(envelope.schemaVersion)}${envelope.data.records.map(jsonOf).join(',')}${SEGMENT_SUFFIX}`;
}

/**
 * One segment: a lowdb document written atomically (temp file, fsync, rename, fsync folder).
 * The newest is held in memory; a sealed one is not: its sidecar gives each record's byte range,
 * so a page of the history list reads just the records it shows.
 */
export class SegmentFile {
  /** Whether the file on disk is exactly `jsonOf` of `current` (true after our own write). */
  private exact = false;
  private hasSidecar = false;
  /** Records changed in memory whose change is only in the history journal so far. */
  private unsaved = false;

  private constructor(
    readonly number: number,
    private readonly db: Low<SegmentEnvelope>,
    private current: readonly LinkRecord[] | undefined,
    private offsets: readonly number[] | undefined,
    private known: number,
  ) {}

  static loaded(folder: string, number: number, records: readonly LinkRecord[]): SegmentFile {
    return new SegmentFile(number, lowdbFor(folder, number), records, undefined, records.length);
  }

  static sealed(folder: string, number: number, offsets: readonly number[]): SegmentFile {
    const segment = new SegmentFile(number, lowdbFor(folder, number), undefined, offsets, offsets.length / 2);
    segment.hasSidecar = true;
    return segment;
  }

  static pathOf(folder: string, number: number): string {
    return join(folder, segmentFileName(number));
  }

  get path(): string {
    return (this.db.adapter as AtomicJsonFile<SegmentEnvelope>).path;
  }

  get count(): number {
    return this.known;
  }

  /** The records, when held in memory. */
  get records(): readonly LinkRecord[] | undefined {
    return this.current;
  }

  /** Size of the file's JSON in characters (cached per record, so cheap after the first call). */
  get textLength(): number {
    let length = 0;
    for (const record of this.current ?? []) length += jsonOf(record).length + 1;
    return length;
  }

  /** One record: from memory, or read from its byte range. Null when the file does not hold it as expected. */
  recordSync(slot: number, reference: string): LinkRecord | null {
    if (this.current) return checked(this.current[slot], reference);
    const [start, length] = this.rangeOf(slot);
    const bytes = Buffer.alloc(length);
    try {
      const fd = openSync(this.path, 'r');
      try {
        if (readSync(fd, bytes, 0, length, start) !== length) return null;
      } finally {
        closeSync(fd);
      }
    } catch {
      return null;
    }
    return parseRecord(bytes, reference);
  }

  /** Many records of this segment with one read of the file (the CSV export). */
  async readRecords(wanted: { slot: number; reference: string }[]): Promise<(LinkRecord | null)[]> {
    if (this.current) return wanted.map(({ slot, reference }) => checked(this.current?.[slot], reference));
    const file = await readFile(this.path).catch(() => null);
    return wanted.map(({ slot, reference }) => {
      const [start, length] = this.rangeOf(slot);
      return file && start + length <= file.length ? parseRecord(file.subarray(start, start + length), reference) : null;
    });
  }

  /** Reads and validates the whole file into memory (before rewriting it, or when a range read failed). */
  loadSync(): DecodeResult {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      return { ok: false, reason: 'damaged' };
    }
    return this.accept(decodeSegment(raw));
  }

  async load(): Promise<DecodeResult> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.path, 'utf8'));
    } catch {
      return { ok: false, reason: 'damaged' };
    }
    if (this.current) return { ok: true, records: [...this.current], migrated: false };
    return this.accept(decodeSegment(raw));
  }

  /** Whether the file is behind the records in memory (their changes are in the journal). */
  get hasUnsavedRecords(): boolean {
    return this.unsaved;
  }

  /**
   * Takes records whose change is already durable in the history journal; the file follows when
   * the journal is folded in (`write`). Until then the segment keeps its records in memory.
   */
  stage(records: readonly LinkRecord[]): void {
    this.current = records;
    this.offsets = undefined;
    this.exact = false;
    this.unsaved = true;
    this.known = records.length;
  }

  /** Resolves once the file is durable; only then do `records` change (a failed write changes nothing). */
  async write(records: readonly LinkRecord[]): Promise<void> {
    // Delete the sidecar first: a crash must leave no sidecar rather than one for the old file.
    if (this.hasSidecar) {
      await removeSidecar(this.path);
      this.hasSidecar = false;
    }
    this.db.data = { schemaVersion: HISTORY_SCHEMA_VERSION, data: { records: [...records] } };
    await this.db.write();
    this.current = records;
    this.offsets = undefined;
    this.exact = true;
    this.unsaved = false;
    this.known = records.length;
  }

  /** Deletes the file (its sidecar first, so a crash never leaves a sidecar without its segment). */
  async remove(): Promise<void> {
    await removeSidecar(this.path);
    this.hasSidecar = false;
    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    this.current = [];
    this.offsets = undefined;
    this.unsaved = false;
    this.known = 0;
  }

  /**
   * Writes the index sidecar (rows and byte ranges) of a segment that takes no more appends, and
   * lets go of its records. A segment read from disk is rewritten first, so the ranges are exact.
   */
  async seal(): Promise<void> {
    const records = this.current;
    if (!records) return;
    if (!this.exact) await this.write(records);
    const sidecar: SidecarContent = { columns: columnsOf(records.map(rowOf)), offsets: [] };
    let position = Buffer.byteLength(segmentPrefix(HISTORY_SCHEMA_VERSION));
    for (const record of records) {
      const length = Buffer.byteLength(jsonOf(record));
      sidecar.offsets.push(position, length);
      position += length + 1;
    }
    await writeSidecar(this.path, sidecar);
    this.hasSidecar = true;
    // Writes are serialised with sealing, so the records are still the ones just described.
    if (this.current !== records) return;
    this.offsets = sidecar.offsets;
    this.current = undefined;
  }

  private rangeOf(slot: number): [number, number] {
    return [this.offsets?.[slot * 2] ?? 0, this.offsets?.[slot * 2 + 1] ?? 0];
  }

  /** The file's own records win over what its sidecar said (the store re-indexes when they differ). */
  private accept(decoded: DecodeResult): DecodeResult {
    if (decoded.ok) {
      this.current = decoded.records;
      this.exact = false;
      this.known = decoded.records.length;
    }
    return decoded;
  }
}

function checked(record: LinkRecord | undefined, reference: string): LinkRecord | null {
  return record?.reference === reference ? record : null;
}

function parseRecord(bytes: Buffer, reference: string): LinkRecord | null {
  try {
    const parsed = linkRecordSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? checked(parsed.data, reference) : null;
  } catch {
    return null;
  }
}

function lowdbFor(folder: string, number: number): Low<SegmentEnvelope> {
  const adapter = new AtomicJsonFile<SegmentEnvelope>(SegmentFile.pathOf(folder, number), encodeSegment);
  return new Low<SegmentEnvelope>(adapter, { schemaVersion: HISTORY_SCHEMA_VERSION, data: { records: [] } });
}
