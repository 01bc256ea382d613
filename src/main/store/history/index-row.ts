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

const dictionaryFields = ['accountId', 'provider', 'status', 'currency'] as const;
type DictionaryField = (typeof dictionaryFields)[number];

/**
 * A segment's index rows as columns, the way its sidecar keeps them: opening a chain's year of
 * links parses a few arrays per segment instead of an array per link, and the account, provider,
 * status and currency of 500 links share one string each (an index into `values`).
 */
export interface IndexColumns {
  reference: string[];
  createdMs: number[];
  updatedMs: number[];
  minor: number[];
  searchText: string[];
  accountId: number[];
  provider: number[];
  status: number[];
  currency: number[];
  values: Record<DictionaryField, string[]>;
}

export function columnsOf(rows: readonly IndexRow[]): IndexColumns {
  const columns: IndexColumns = {
    reference: [],
    createdMs: [],
    updatedMs: [],
    minor: [],
    searchText: [],
    accountId: [],
    provider: [],
    status: [],
    currency: [],
    values: { accountId: [], provider: [], status: [], currency: [] },
  };
  const code = (field: DictionaryField, value: string) => {
    const values = columns.values[field];
    const at = values.indexOf(value);
    return at >= 0 ? at : values.push(value) - 1;
  };
  for (const [reference, createdMs, accountId, provider, status, minor, currency, searchText, updatedMs] of rows) {
    columns.reference.push(reference);
    columns.createdMs.push(createdMs);
    columns.updatedMs.push(updatedMs);
    columns.minor.push(minor);
    columns.searchText.push(searchText);
    columns.accountId.push(code('accountId', accountId));
    columns.provider.push(code('provider', provider));
    columns.status.push(code('status', status));
    columns.currency.push(code('currency', currency));
  }
  return columns;
}

/** The entries of segment `segment` from its columns (slot = position). */
export function entriesOfColumns(columns: IndexColumns, segment: number): IndexEntry[] {
  const { values } = columns;
  return columns.reference.map((reference, slot) => ({
    reference,
    createdMs: columns.createdMs[slot]!,
    updatedMs: columns.updatedMs[slot]!,
    accountId: values.accountId[columns.accountId[slot]!]!,
    provider: values.provider[columns.provider[slot]!]!,
    status: values.status[columns.status[slot]!]!,
    minor: columns.minor[slot]!,
    currency: values.currency[columns.currency[slot]!]!,
    searchText: columns.searchText[slot]!,
    segment,
    slot,
  }));
}

/** Columns as a sidecar must hold them: equal lengths, the right types, every code naming a value. */
export function isIndexColumns(value: unknown): value is IndexColumns {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<Record<keyof IndexColumns, unknown>>;
  const n = Array.isArray(c.reference) ? c.reference.length : -1;
  const strings = (a: unknown) => Array.isArray(a) && a.length === n && a.every((x) => typeof x === 'string');
  const numbers = (a: unknown) => Array.isArray(a) && a.length === n && a.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!strings(c.reference) || !strings(c.searchText) || !numbers(c.createdMs) || !numbers(c.updatedMs) || !numbers(c.minor)) return false;
  const values = c.values as Partial<Record<DictionaryField, unknown>> | undefined;
  if (!values || typeof values !== 'object') return false;
  return dictionaryFields.every((field) => {
    const dictionary = values[field];
    const codes = c[field];
    if (!Array.isArray(dictionary) || !dictionary.every((x) => typeof x === 'string')) return false;
    return Array.isArray(codes) && codes.length === n && codes.every((x) => Number.isInteger(x) && x >= 0 && x < dictionary.length);
  });
}
