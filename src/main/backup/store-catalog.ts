import type { z } from 'zod';
import type { OutboxItem } from '@shared/domain/outbox-item';
import type { Clock } from '../clock';
import { accountsFileSpec } from '../store/accounts-store';
import { contactsFileSpec } from '../store/contacts-store';
import { HISTORY_FOLDER } from '../store/history/history-store';
import { decodeSegment, HISTORY_SCHEMA_VERSION, SEGMENT_PATTERN } from '../store/history/segment-format';
import { OUTBOX_JOURNAL_FILE, outboxFileSpec } from '../outbox/outbox-store';
import { hold } from '../outbox/outbox-transitions';
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
  /** Files next to the root that belong to the store (the outbox's journal): moved aside with it on restore. */
  companions?: readonly string[];
  /** For folder stores: which file names inside the folder are the store's data files. */
  filePattern?: RegExp;
  decode(raw: unknown): Decoded;
  /** Changes restored data must get before use (e.g. requests that were in flight). */
  onRestore?(data: unknown, clock: Clock): unknown;
}

function documentKind<T>(
  spec: DocumentSpec<T>,
  count: (value: T) => number,
  more: Pick<StoreKind, 'onRestore' | 'companions'> = {},
): StoreKind {
  return { store: spec.store, root: spec.fileName, decode: (raw) => decodeDocument(spec, raw, count), ...more };
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

export function holdRestoredOutbox(data: unknown, clock: Clock): unknown {
  // No journal epoch: nothing journalled after the backup was made may be replayed onto it.
  const { journal: _journal, ...file } = data as { items: OutboxItem[]; journal?: unknown };
  const at = clock.now().toISOString();
  return { ...file, items: file.items.map((item) => hold(item, at)) };
}

export const storeKinds: readonly StoreKind[] = [
  documentKind(settingsFileSpec, () => 1),
  documentKind(accountsFileSpec, (v) => v.accounts.length),
  documentKind(contactsFileSpec, (v) => v.contacts.length),
  documentKind(productsFileSpec, (v) => v.products.length),
  documentKind(outboxFileSpec, (v) => v.items.length, { onRestore: holdRestoredOutbox, companions: [OUTBOX_JOURNAL_FILE] }),
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
