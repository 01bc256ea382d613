import { z } from 'zod';
import { linkRecordSchema, type LinkRecord } from '@shared/domain/link-record';
import type { Migrations } from '../versioned-document';

/**
 * History segment files: `segment-000123.json`, each `{ schemaVersion, data: { records } }`,
 * records in the order they were appended. Version 1 (the first history layout) kept the amount
 * and the customer as flat fields; version 2 groups them as `amount` and `customer` like the rest
 * of the app, and adds `kind`.
 */
export const HISTORY_SCHEMA_VERSION = 2;

export const SEGMENT_PATTERN = /^segment-(\d{6,})\.json$/;

export function segmentFileName(number: number): string {
  return `segment-${number.toString().padStart(6, '0')}.json`;
}

/** What precedes and follows the records in a segment file written by PayDesk (records joined by commas). */
export const segmentPrefix = (version: number) => `{"schemaVersion":${version},"data":{"records":[`;
export const SEGMENT_SUFFIX = ']}}';

export interface SegmentEnvelope {
  schemaVersion: number;
  data: { records: LinkRecord[] };
}

const v1RecordSchema = z.looseObject({
  amountMinor: z.number(),
  currency: z.string(),
  customerName: z.string().optional(),
  customerPhone: z.string().optional(),
  customerEmail: z.string().optional(),
});

export const segmentMigrations: Migrations = {
  1: (old) => {
    const records = z.object({ records: z.array(v1RecordSchema) }).parse(old).records;
    return {
      records: records.map(({ amountMinor, currency, customerName, customerPhone, customerEmail, ...rest }) => ({
        ...rest,
        kind: 'link',
        amount: { minor: amountMinor, currency },
        customer: dropUndefined({ name: customerName, phone: customerPhone, email: customerEmail }),
      })),
    };
  },
};

function dropUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const recordsSchema = z.object({ records: z.array(linkRecordSchema) });

export type DecodeResult =
  | { ok: true; records: LinkRecord[]; migrated: boolean }
  | { ok: false; reason: 'damaged' | 'newer' };

/** Checks the envelope, migrates an older file and validates every record (zod). */
export function decodeSegment(raw: unknown): DecodeResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'damaged' };
  const { schemaVersion, data } = raw as { schemaVersion?: unknown; data?: unknown };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { ok: false, reason: 'damaged' };
  }
  if (schemaVersion > HISTORY_SCHEMA_VERSION) return { ok: false, reason: 'newer' };
  let current = data;
  try {
    for (let version = schemaVersion; version < HISTORY_SCHEMA_VERSION; version++) {
      const migrate = segmentMigrations[version];
      if (!migrate) return { ok: false, reason: 'damaged' };
      current = migrate(current);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const parsed = recordsSchema.safeParse(current);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  return { ok: true, records: parsed.data.records, migrated: schemaVersion !== HISTORY_SCHEMA_VERSION };
}
