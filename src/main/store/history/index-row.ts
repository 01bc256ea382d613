import type { LinkRecord } from '@shared/domain/link-record';
import { searchTextOf } from './search-text';

/**
 * What the history screen filters, sorts, totals and searches on, per record. Kept in memory for
 * every record and cached on disk per sealed segment, so opening 100,000 links reads these small
 * rows instead of parsing every full record.
 */
export interface IndexEntry {
  readonly reference: string;
  readonly createdMs: number;
  /** The store's last write of the record (what a shop's counter still has to push after a restart). */
  readonly updatedMs: number;
  readonly accountId: string;
  readonly provider: string;
  readonly status: string;
  readonly minor: number;
  readonly currency: string;
  /** Folded search text (see search-text.ts). */
  readonly searchText: string;
  /** The segment file holding the full record, and its position there. */
  readonly segment: number;
  readonly slot: number;
}

/** The on-disk form of an entry without its location: a compact array. */
export type IndexRow = [string, number, string, string, string, number, string, string, number];

export function rowOf(record: LinkRecord): IndexRow {
  return [
    record.reference,
    Date.parse(record.createdAt),
    record.accountId,
    record.provider,
    record.status,
    record.amount.minor,
    record.amount.currency,
    searchTextOf(record),
    Date.parse(record.updatedAt),
  ];
}

export function entryOf(row: IndexRow, segment: number, slot: number): IndexEntry {
  const [reference, createdMs, accountId, provider, status, minor, currency, searchText, updatedMs] = row;
  return { reference, createdMs, updatedMs, accountId, provider, status, minor, currency, searchText, segment, slot };
}

export function isIndexRow(value: unknown): value is IndexRow {
  if (!Array.isArray(value) || value.length !== 9) return false;
  const [reference, createdMs, accountId, provider, status, minor, currency, searchText, updatedMs] = value as unknown[];
  return (
    typeof reference === 'string' &&
    typeof createdMs === 'number' &&
    Number.isFinite(createdMs) &&
    typeof accountId === 'string' &&
    typeof provider === 'string' &&
    typeof status === 'string' &&
    typeof minor === 'number' &&
    typeof currency === 'string' &&
    typeof searchText === 'string' &&
    typeof updatedMs === 'number' &&
    Number.isFinite(updatedMs)
  );
}
