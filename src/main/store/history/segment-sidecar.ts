import { readFile, stat, unlink } from 'node:fs/promises';
import { writeAtomically } from '../atomic-json-file';
import { isIndexColumns, type IndexColumns } from './index-row';
import { HISTORY_SCHEMA_VERSION, SEGMENT_SUFFIX, segmentPrefix } from './segment-format';

/** Bump when the row layout or the search text changes: old sidecars are then rebuilt. */
const SIDECAR_VERSION = 5;

interface Sidecar {
  sidecarVersion: number;
  segmentVersion: number;
  /** The segment file this was made from (size and modification time), checked on read. */
  size: number;
  mtimeMs: number;
  columns: IndexColumns;
  /** Where each record's JSON sits in the segment file: byte offset and length, flattened. */
  offsets: number[];
}

export interface SidecarContent {
  columns: IndexColumns;
  offsets: number[];
}

export function sidecarPathOf(segmentPath: string): string {
  return segmentPath.replace(/\.json$/, '.index.json');
}

/**
 * The index rows and record offsets of a sealed segment, or null when there is no sidecar or it does not belong to
 * the segment as it is on disk now (then the segment itself is read). The store deletes a
 * sidecar before it rewrites its segment, so a crash can leave a missing sidecar, never a stale one;
 * the size and time check also catches a segment file replaced by hand.
 */
export async function readSidecar(segmentPath: string): Promise<SidecarContent | null> {
  try {
    const [bytes, info] = await Promise.all([readFile(sidecarPathOf(segmentPath)), stat(segmentPath)]);
    // Written as pure ASCII (see writeSidecar): decoding is then a plain copy, several times faster
    // than UTF-8. A byte above 127 (a file changed by hand) can only garble a cached search text;
    // the rows are checked against the records whenever a record is read.
    const sidecar = JSON.parse(bytes.toString('latin1')) as Partial<Sidecar> | null;
    if (
      !sidecar ||
      sidecar.sidecarVersion !== SIDECAR_VERSION ||
      sidecar.segmentVersion !== HISTORY_SCHEMA_VERSION ||
      sidecar.size !== info.size ||
      sidecar.mtimeMs !== info.mtimeMs ||
      !isIndexColumns(sidecar.columns) ||
      !Array.isArray(sidecar.offsets) ||
      sidecar.offsets.length !== sidecar.columns.reference.length * 2 ||
      !sidecar.offsets.every((n) => Number.isSafeInteger(n) && n >= 0 && n <= info.size) ||
      !rangesTileSegment(sidecar.offsets, info.size)
    ) {
      return null;
    }
    return { columns: sidecar.columns, offsets: sidecar.offsets };
  } catch {
    return null;
  }
}

/**
 * PayDesk writes a sealed segment as prefix, records joined by commas, suffix: its records' ranges
 * must cover the file exactly. Ranges that do not (a row lost from the sidecar) mean the sidecar
 * disagrees with its segment, and the segment is read instead.
 */
function rangesTileSegment(offsets: readonly number[], size: number): boolean {
  let next = Buffer.byteLength(segmentPrefix(HISTORY_SCHEMA_VERSION));
  for (let i = 0; i < offsets.length; i += 2) {
    if (offsets[i] !== next) return false;
    next += offsets[i + 1]! + 1;
  }
  const end = offsets.length === 0 ? next : next - 1;
  return end + SEGMENT_SUFFIX.length === size;
}

/** A cache, so written without fsync: after a power cut it may be missing or empty, and is rebuilt. */
export async function writeSidecar(segmentPath: string, { columns, offsets }: SidecarContent): Promise<void> {
  const info = await stat(segmentPath);
  const sidecar: Sidecar = {
    sidecarVersion: SIDECAR_VERSION,
    segmentVersion: HISTORY_SCHEMA_VERSION,
    size: info.size,
    mtimeMs: info.mtimeMs,
    columns,
    offsets,
  };
  const ascii = JSON.stringify(sidecar).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  await writeAtomically(sidecarPathOf(segmentPath), ascii, { durable: false });
}

export async function removeSidecar(segmentPath: string): Promise<void> {
  await unlink(sidecarPathOf(segmentPath)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
