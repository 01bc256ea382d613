import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { LinkRecord } from '../../../shared/domain/link-record';
import { AtomicJsonFile } from '../atomic-json-file';
import { rowOf } from './index-row';
import { decodeSegment, HISTORY_SCHEMA_VERSION, segmentFileName, type DecodeResult, type SegmentEnvelope } from './segment-format';
import { removeSidecar, writeSidecar } from './segment-sidecar';

/**
 * Records are never changed in place (an update stores a new object), so each one's JSON is
 * computed once and reused: rewriting a 500-record segment then costs a string join, not 500
 * JSON.stringify calls.
 */
const recordJson = new WeakMap<LinkRecord, string>();

function jsonOf(record: LinkRecord): string {
  let text = recordJson.get(record);
  if (text === undefined) {
    text = JSON.stringify(record);
    recordJson.set(record, text);
  }
  return text;
}

export function encodeSegment(envelope: SegmentEnvelope): string {
  return `{"schemaVersion":${envelope.schemaVersion},"data":{"records":[${envelope.data.records.map(jsonOf).join(',')}]}}`;
}

/**
 * One segment: a lowdb document written atomically (temp file, fsync, rename, fsync folder).
 * A sealed segment may start unloaded (its index rows came from its sidecar); its records are
 * read the first time someone needs them.
 */
export class SegmentFile {
  private hasSidecar: boolean;

  private constructor(
    readonly number: number,
    private readonly db: Low<SegmentEnvelope>,
    private current: readonly LinkRecord[] | undefined,
    /** Records in the file (known from the sidecar before loading). */
    private known: number,
  ) {
    this.hasSidecar = current === undefined;
  }

  static loaded(folder: string, number: number, records: readonly LinkRecord[]): SegmentFile {
    return new SegmentFile(number, lowdbFor(folder, number), records, records.length);
  }

  static unloaded(folder: string, number: number, count: number): SegmentFile {
    return new SegmentFile(number, lowdbFor(folder, number), undefined, count);
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

  get isLoaded(): boolean {
    return this.current !== undefined;
  }

  /** The records, if loaded. */
  get records(): readonly LinkRecord[] | undefined {
    return this.current;
  }

  /** Size of the file's JSON in characters (cached per record, so cheap after the first call). */
  get textLength(): number {
    let length = 0;
    for (const record of this.current ?? []) length += jsonOf(record).length + 1;
    return length;
  }

  /** Reads and validates the file now (a page of the history list needs these rows). */
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
    // Another caller may have loaded it meanwhile; the first result wins.
    if (this.current) return { ok: true, records: [...this.current], migrated: false };
    return this.accept(decodeSegment(raw));
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
    this.known = records.length;
  }

  /** Caches this segment's index rows next to it (done once it is sealed, and after each rewrite then). */
  async seal(): Promise<void> {
    if (!this.current) return;
    await writeSidecar(this.path, this.current.map(rowOf));
    this.hasSidecar = true;
  }

  private accept(decoded: DecodeResult): DecodeResult {
    if (decoded.ok && decoded.records.length === this.known) this.current = decoded.records;
    // A file whose records no longer match its index rows is as unusable as a damaged one.
    return decoded.ok && decoded.records.length !== this.known ? { ok: false, reason: 'damaged' } : decoded;
  }
}

function lowdbFor(folder: string, number: number): Low<SegmentEnvelope> {
  const adapter = new AtomicJsonFile<SegmentEnvelope>(SegmentFile.pathOf(folder, number), encodeSegment);
  return new Low<SegmentEnvelope>(adapter, { schemaVersion: HISTORY_SCHEMA_VERSION, data: { records: [] } });
}
