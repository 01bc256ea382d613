import { randomUUID } from 'node:crypto';
import { renameSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '@shared/domain/notice';
import type { Clock } from '../../clock';
import { entriesOfColumns, entryOf, rowOf, type IndexEntry } from './index-row';
import { decodeSegment, SEGMENT_PATTERN, type DecodeResult } from './segment-format';
import { SegmentFile } from './segment-file';
import { readSidecar, removeSidecar, type SidecarContent } from './segment-sidecar';

export interface LoadedHistory {
  segments: Map<number, SegmentFile>;
  entries: IndexEntry[];
  /** The highest segment number seen (also of files that were set aside), 0 when none. */
  newest: number;
  /** Older segments read in full because their sidecar was missing or stale: they are sealed again. */
  toSeal: SegmentFile[];
  notices: Notice[];
}

/**
 * Opens the history folder: sealed segments through their sidecar (index rows and record byte
 * ranges only); the newest (appends go there) and any without a valid sidecar in full (validated;
 * migrated and rewritten when older). A file that cannot be understood is set aside; the others stay.
 */
export async function loadHistory(folder: string, clock: Clock): Promise<LoadedHistory> {
  await mkdir(folder, { recursive: true });
  const names = await readdir(folder);
  // A temp file left by a crash mid-write: its rename never happened, so its target is intact.
  await Promise.all(names.filter((n) => /^\.segment-.*\.tmp$/.test(n)).map((n) => unlink(join(folder, n)).catch(() => undefined)));
  const numbers = names
    .map((name) => SEGMENT_PATTERN.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const newest = numbers[numbers.length - 1] ?? 0;
  const loaded: LoadedHistory = { segments: new Map(), entries: [], newest, toSeal: [], notices: [] };
  // A few files read ahead, each taken in as it comes: a year of a chain's links is hundreds of
  // files, and holding all their text at once cost more in garbage collection than the reads.
  const reads: Array<Promise<SegmentRead> | undefined> = numbers.slice(0, READ_AHEAD).map((n) => readSegment(folder, n));
  for (const [i, number] of numbers.entries()) {
    const read = await reads[i]!;
    reads[i] = undefined;
    if (i + READ_AHEAD < numbers.length) reads.push(readSegment(folder, numbers[i + READ_AHEAD]!));
    if (read.kind === 'sealed') {
      loaded.segments.set(number, SegmentFile.sealed(folder, number, read.sidecar.offsets));
      for (const entry of entriesOfColumns(read.sidecar.columns, number)) loaded.entries.push(entry);
      continue;
    }
    if (!read.decoded.ok) {
      loaded.notices.push(setAside(SegmentFile.pathOf(folder, number), read.decoded.reason, clock));
      await removeSidecar(SegmentFile.pathOf(folder, number)).catch(() => undefined);
      continue;
    }
    const segment = SegmentFile.loaded(folder, number, read.decoded.records);
    // An older layout is rewritten once, in the current one.
    if (read.decoded.migrated) await segment.write(segment.records!);
    if (number !== newest) loaded.toSeal.push(segment);
    loaded.segments.set(number, segment);
    read.decoded.records.forEach((record, slot) => loaded.entries.push(entryOf(rowOf(record), number, slot)));
  }
  return loaded;
}

const READ_AHEAD = 32;

type SegmentRead = { kind: 'sealed'; sidecar: SidecarContent } | { kind: 'full'; decoded: DecodeResult };

async function readSegment(folder: string, number: number): Promise<SegmentRead> {
  const path = SegmentFile.pathOf(folder, number);
  // Only segments that take no more appends have a sidecar (the newest has none, unless the one after it was lost).
  const sidecar = await readSidecar(path);
  if (sidecar) return { kind: 'sealed', sidecar };
  try {
    return { kind: 'full', decoded: decodeSegment(JSON.parse(await readFile(path, 'utf8'))) };
  } catch {
    return { kind: 'full', decoded: { ok: false, reason: 'damaged' } };
  }
}

/**
 * Moves an unreadable segment aside under a timestamped name (never overwritten) and says so.
 * A file that cannot even be moved stays where it is and is never written to.
 */
export function setAside(path: string, reason: 'damaged' | 'newer', clock: Clock): Notice {
  const backupPath = `${path.replace(/\.json$/, '')}.${clock.now().toISOString().replace(/[:.]/g, '-')}.bak.json`;
  let moved = true;
  try {
    renameSync(path, backupPath);
  } catch {
    moved = false;
  }
  const kind = !moved ? 'store-unreadable' : reason === 'newer' ? 'store-newer-version' : 'store-part-recovered';
  return { id: randomUUID(), kind, store: 'history', backupPath: moved ? backupPath : '', at: clock.now().toISOString() };
}
