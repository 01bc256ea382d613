import type { z } from 'zod';
import type { OutboxItem } from '../../shared/domain/outbox-item';
import { AppFailure } from '../../shared/result';
import type { Clock } from '../clock';
import { accountsFileSpec } from '../store/accounts-store';
import { contactsFileSpec } from '../store/contacts-store';
import { HISTORY_FOLDER } from '../store/history/history-store';
import { decodeSegment, HISTORY_SCHEMA_VERSION, SEGMENT_PATTERN } from '../store/history/segment-format';
import { outboxFileSpec } from '../store/outbox-store';
import { productsFileSpec } from '../store/products-store';
import { settingsFileSpec } from '../store/settings-store';
import type { DocumentSpec } from '../store/versioned-document';

/** A store file as written on disk: `{ schemaVersion, data }` at the current version. */
export interface StoredFile {
  schemaVersion: number;
  data: unknown;
}

export type Decoded = { ok: true; file: StoredFile; count: number } | { ok: false; reason: 'damaged' | 'newer' };

/**
 * One store of the data folder, as backup and restore see it: where its files are, how a file is
 * validated and migrated (the store's own schema and migrations), and how many entries it holds.
 * A new store joins backups by adding an entry here.
 */
export interface StoreKind {
  store: string;
  /** The file (`outbox.json`) or folder (`history`) the store occupies in the data folder. */
  root: string;
  /** For folder stores: which file names inside the folder are the store's data files. */
  filePattern?: RegExp;
  decode(raw: unknown): Decoded;
  /** Changes restored data must get before use (e.g. requests that were in flight). */
  onRestore?(data: unknown, clock: Clock): unknown;
}

function documentKind<T>(spec: DocumentSpec<T>, count: (value: T) => number, onRestore?: StoreKind['onRestore']): StoreKind {
  return { store: spec.store, root: spec.fileName, decode: (raw) => decodeDocument(spec, raw, count), onRestore };
}

/** The same checks VersionedDocument makes on open: envelope, version, migrations, schema. */
export function decodeDocument<T>(spec: DocumentSpec<T>, raw: unknown, count: (value: T) => number): Decoded {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'damaged' };
  const { schemaVersion, data } = raw as { schemaVersion?: unknown; data?: unknown };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { ok: false, reason: 'damaged' };
  }
  if (schemaVersion > spec.version) return { ok: false, reason: 'newer' };
  let current = data;
  try {
    for (let version = schemaVersion; version < spec.version; version++) {
      const migrate = spec.migrations[version];
      if (!migrate) return { ok: false, reason: 'damaged' };
      current = migrate(current);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const parsed = (spec.schema as z.ZodType<T>).safeParse(current);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  return { ok: true, file: { schemaVersion: spec.version, data: parsed.data }, count: count(parsed.data) };
}

/** States in which a request may still go out (or may have gone out after the backup was made). */
const IN_FLIGHT: ReadonlySet<OutboxItem['state']> = new Set(['queued', 'sending', 'retry-wait']);

/**
 * A restored outbox must never send a request twice: anything that was waiting or on its way when
 * the backup was made may have gone out since, so it becomes `unknown` (looked up where the
 * provider allows, else the user decides), exactly like an item cut off by a crash.
 */
export function holdRestoredOutbox(data: unknown, clock: Clock): unknown {
  const file = data as { items: OutboxItem[] };
  const at = clock.now().toISOString();
  const lost = AppFailure.of(
    'ambiguous',
    'Restored from a backup while waiting to be sent; it may have reached the provider after the backup was made',
  ).error;
  return {
    ...file,
    items: file.items.map((item): OutboxItem => {
      if (!IN_FLIGHT.has(item.state)) return item;
      const { nextAttemptAt: _next, ...rest } = item;
      return { ...rest, state: 'unknown', lastError: lost, updatedAt: at };
    }),
  };
}

export const storeKinds: readonly StoreKind[] = [
  documentKind(settingsFileSpec, () => 1),
  documentKind(accountsFileSpec, (v) => v.accounts.length),
  documentKind(contactsFileSpec, (v) => v.contacts.length),
  documentKind(productsFileSpec, (v) => v.products.length),
  documentKind(outboxFileSpec, (v) => v.items.length, holdRestoredOutbox),
  {
    store: 'history',
    root: HISTORY_FOLDER,
    filePattern: SEGMENT_PATTERN,
    decode(raw) {
      const decoded = decodeSegment(raw);
      if (!decoded.ok) return decoded;
      const data = { records: decoded.records };
      return { ok: true, file: { schemaVersion: HISTORY_SCHEMA_VERSION, data }, count: decoded.records.length };
    },
  },
];

/** The store a data-folder path (posix, relative) belongs to, if any. */
export function kindOfPath(path: string): StoreKind | undefined {
  const [first, second, ...more] = path.split('/');
  if (more.length > 0 || !first) return undefined;
  return storeKinds.find((kind) =>
    kind.filePattern ? first === kind.root && second !== undefined && kind.filePattern.test(second) : second === undefined && first === kind.root,
  );
}
