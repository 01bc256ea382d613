import { userText } from '@shared/i18n/user-text';
import { randomUUID } from 'node:crypto';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { Notice } from '@shared/domain/notice';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import { AtomicJsonFile, writeAtomically } from './atomic-json-file';
import { salvageEntries, type EntryList, type Salvaged } from './entry-salvage';
import type { NoticeBoard } from './notice-board';

/** Upgrades a document one version: the function at key n turns version n into n + 1. */
export type Migrations = Record<number, (old: unknown) => unknown>;

export interface DocumentSpec<T> {
  /** Short name for notices and logs: `settings`, `accounts`. */
  store: string;
  fileName: string;
  version: number;
  schema: z.ZodType<T>;
  defaults: () => T;
  migrations: Migrations;
  /** Writes the file's text (e.g. reusing cached JSON of unchanged parts); default JSON.stringify. */
  serialize?: (file: { schemaVersion: number; data: T }) => string;
  /** The document's list of entries: an invalid entry is set aside alone, the others stay. */
  entries?: EntryList<T>;
}

interface Envelope {
  schemaVersion: number;
  data: unknown;
}

/**
 * One lowdb JSON file with a schema version. Reading migrates and validates; a file that cannot be
 * understood is moved aside to a timestamped backup (never overwritten) and the user is told. When
 * only some entries of its list are invalid, just those go to the backup, named in the notice.
 */
export class VersionedDocument<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private canWrite = true;

  private constructor(
    private readonly spec: DocumentSpec<T>,
    private readonly db: Low<Envelope>,
    private current: T,
  ) {}

  static async open<T>(
    dataDir: string,
    spec: DocumentSpec<T>,
    notices: NoticeBoard,
    clock: Clock,
  ): Promise<VersionedDocument<T>> {
    await mkdir(dataDir, { recursive: true });
    const path = join(dataDir, spec.fileName);
    const serialize = spec.serialize as ((file: Envelope) => string) | undefined;
    const db = new Low<Envelope>(new AtomicJsonFile<Envelope>(path, serialize), { schemaVersion: spec.version, data: null });
    const loaded = await load(db, spec);
    const backupPath = join(dataDir, `${spec.fileName.replace(/\.json$/, '')}.${stamp(clock.now())}.bak.json`);
    if (loaded.ok && loaded.salvaged) {
      return VersionedDocument.withEntriesSetAside(spec, db, loaded.salvaged, backupPath, notices, clock);
    }
    if (loaded.ok) {
      const doc = new VersionedDocument(spec, db, loaded.value);
      if (loaded.migrated) await doc.persist(loaded.value);
      return doc;
    }
    const moved = await rename(path, backupPath).then(
      () => true,
      () => false,
    );
    const notice: Notice = {
      id: randomUUID(),
      kind: !moved ? 'store-unreadable' : loaded.reason === 'newer' ? 'store-newer-version' : 'store-recovered',
      store: spec.store,
      backupPath: moved ? backupPath : '',
      at: clock.now().toISOString(),
    };
    notices.add(notice);
    const doc = new VersionedDocument(spec, db, spec.defaults());
    // A file we could not move aside is never overwritten: the app runs on defaults in memory.
    doc.canWrite = moved;
    if (moved) await doc.persist(doc.current);
    return doc;
  }

  /**
   * The invalid entries are written to the backup file first; only once they are safe there is the
   * file rewritten without them. If they cannot be kept, the file is left as it is (not writable).
   */
  private static async withEntriesSetAside<T>(
    spec: DocumentSpec<T>,
    db: Low<Envelope>,
    salvaged: Salvaged<T>,
    backupPath: string,
    notices: NoticeBoard,
    clock: Clock,
  ): Promise<VersionedDocument<T>> {
    const key = spec.entries?.key ?? 'entries';
    const backup = { schemaVersion: spec.version, data: { [key]: salvaged.setAside } };
    const kept = await writeAtomically(backupPath, JSON.stringify(backup, null, 2)).then(
      () => true,
      () => false,
    );
    notices.add({
      id: randomUUID(),
      kind: kept ? 'store-items-set-aside' : 'store-unreadable',
      store: spec.store,
      backupPath: kept ? backupPath : '',
      at: clock.now().toISOString(),
      items: salvaged.names.slice(0, 50),
    });
    const doc = new VersionedDocument(spec, db, salvaged.value);
    doc.canWrite = kept;
    if (kept) await doc.persist(salvaged.value);
    return doc;
  }

  /** False when the file could be neither read nor set aside: every change is refused. */
  get writable(): boolean {
    return this.canWrite;
  }

  get value(): T {
    return this.current;
  }

  /**
   * Applies a change and writes it. Changes are serialised; the in-memory value changes only
   * after the file is written, so a failed write leaves both as they were.
   */
  update(change: (draft: T) => T): Promise<T> {
    const run = this.queue.then(async () => {
      if (!this.canWrite) throw this.notSaved();
      const next = this.spec.schema.parse(change(structuredClone(this.current)));
      await this.persist(next);
      this.current = next;
      return next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Writes a value the caller built and validated itself (a store that batches many small changes
   * into one write and checks each change, rather than the whole document, on every write).
   * Serialised with `update`; the in-memory value changes only after the file is written.
   */
  commit(next: T): Promise<T> {
    const run = this.queue.then(async () => {
      if (!this.canWrite) throw this.notSaved();
      await this.persist(next);
      this.current = next;
      return next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every write asked for so far has finished. */
  async settled(): Promise<void> {
    await this.queue;
  }

  /** Changes to a file that could be neither read nor moved aside are refused, in the notice's words. */
  private notSaved(): AppFailure {
    return AppFailure.of('storage-write-failed', `The ${this.spec.store} file could not be read or moved aside; changes are not saved`, {
      userText: userText('notice.unreadable.body'),
    });
  }

  private async persist(value: T): Promise<void> {
    this.db.data = { schemaVersion: this.spec.version, data: value };
    await this.db.write();
  }
}

type Loaded<T> =
  | { ok: true; value: T; migrated: boolean; salvaged?: Salvaged<T> }
  | { ok: false; reason: 'damaged' | 'newer' };

async function load<T>(db: Low<Envelope>, spec: DocumentSpec<T>): Promise<Loaded<T>> {
  let raw: unknown;
  try {
    raw = await db.adapter.read();
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (raw === null) return { ok: true, value: spec.defaults(), migrated: true };
  if (!isEnvelope(raw)) return { ok: false, reason: 'damaged' };
  if (raw.schemaVersion > spec.version) return { ok: false, reason: 'newer' };
  let data = raw.data;
  try {
    for (let version = raw.schemaVersion; version < spec.version; version++) {
      const migrate = spec.migrations[version];
      if (!migrate) return { ok: false, reason: 'damaged' };
      data = migrate(data);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    const salvaged = spec.entries && salvageEntries(data, spec.schema, spec.entries);
    return salvaged ? { ok: true, value: salvaged.value, migrated: true, salvaged } : { ok: false, reason: 'damaged' };
  }
  return { ok: true, value: parsed.data, migrated: raw.schemaVersion !== spec.version };
}

function isEnvelope(raw: unknown): raw is Envelope {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && 'data' in raw;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
