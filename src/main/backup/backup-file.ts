import { userText } from '@shared/i18n/user-text';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure, type UserText } from '@shared/result';
import { kindOfPath, storeKinds, type StoredFile } from './store-catalog';

/**
 * A PayDesk backup: one JSON file holding every store file of the data folder (history, outbox,
 * contacts, accounts, settings) as `{ schemaVersion, data }`, keyed by its path in the folder.
 * Secrets are never in it: they live only in the OS keychain.
 */
export const BACKUP_FORMAT = 'paydesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Far above any real shop's data; refuses a wrong file before it is parsed. */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string().datetime({ offset: true }),
  appVersion: z.string().max(100),
  files: z.record(z.string().max(300), z.unknown()),
});

export type StoreCounts = Record<string, number>;

export interface BackupContent {
  createdAt: string;
  appVersion: string;
  files: Map<string, StoredFile>;
  counts: StoreCounts;
}

/**
 * Reads every store file in the data folder and checks it like the store would. A damaged file
 * stops the backup (a backup that cannot be restored is worse than none); the store already set
 * such files aside on start, so this means it changed under us.
 */
export async function collectStoreFiles(dataDir: string): Promise<{ files: Map<string, StoredFile>; counts: StoreCounts }> {
  const files = new Map<string, StoredFile>();
  const counts: StoreCounts = Object.fromEntries(storeKinds.map((k) => [k.store, 0]));
  for (const kind of storeKinds) {
    const paths = kind.filePattern
      ? (await readdir(join(dataDir, kind.root)).catch(() => [] as string[]))
          .filter((name) => kind.filePattern!.test(name))
          .sort()
          .map((name) => `${kind.root}/${name}`)
      : [kind.root];
    for (const path of paths) {
      const text = await readFile(join(dataDir, ...path.split('/')), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text === undefined) continue;
      const decoded = kind.decode(parseJson(text));
      if (!decoded.ok) throw AppFailure.of('internal', `The ${kind.store} file ${path} cannot be read; no backup was written`);
      files.set(path, decoded.file);
      counts[kind.store] = (counts[kind.store] ?? 0) + decoded.count;
    }
  }
  return { files, counts };
}

export function serializeBackup(content: Omit<BackupContent, 'counts'>): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: content.createdAt,
    appVersion: content.appVersion,
    files: Object.fromEntries(content.files),
  });
}

const notABackup: UserText = userText('answer.backup.notABackup');

/**
 * Validates a whole backup (format, version, every file against its store's schema, unique link
 * references) before anything is replaced. Throws `invalid-input` with words for the user.
 */
export function parseBackup(text: string): BackupContent {
  if (text.length > MAX_BACKUP_CHARS) throw refuse('The file is too large to be a PayDesk backup', notABackup);
  const raw = parseJson(text);
  const envelope = backupSchema.safeParse(raw);
  if (!envelope.success) throw refuse('Not a PayDesk backup', notABackup);
  if (envelope.data.formatVersion > BACKUP_FORMAT_VERSION) throw refuse('The backup was made by a newer PayDesk', newerText);

  const files = new Map<string, StoredFile>();
  const counts: StoreCounts = Object.fromEntries(storeKinds.map((k) => [k.store, 0]));
  // The parsed JSON's own keys, not zod's copy: a `__proto__` key would vanish from the copy unseen.
  for (const [path, content] of Object.entries((raw as { files: object }).files)) {
    const kind = kindOfPath(path);
    if (!kind) throw refuse(`Unknown file in the backup: ${path.slice(0, 80)}`, notABackup);
    const decoded = kind.decode(content);
    if (!decoded.ok && decoded.reason === 'newer') throw refuse(`${path} was written by a newer PayDesk`, newerText);
    if (!decoded.ok) throw refuse(`${path} in the backup is damaged`, damagedText(kind.store));
    files.set(path, decoded.file);
    counts[kind.store] = (counts[kind.store] ?? 0) + decoded.count;
  }
  // Every PayDesk writes its settings file on first start, so a real backup always has one.
  if (!files.has('settings.json')) throw refuse('The backup has no settings file', notABackup);
  assertUniqueReferences(files);
  return { createdAt: envelope.data.createdAt, appVersion: envelope.data.appVersion, files, counts };
}

function assertUniqueReferences(files: Map<string, StoredFile>): void {
  const seen = new Set<string>();
  for (const [path, file] of files) {
    if (kindOfPath(path)?.store !== 'history') continue;
    for (const record of (file.data as { records: { reference: string }[] }).records) {
      if (seen.has(record.reference)) throw refuse('A link appears twice in the backup history', damagedText('history'));
      seen.add(record.reference);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const newerText: UserText = userText('answer.backup.newer');

const damagedTexts: Record<string, UserText> = {
  settings: userText('answer.backup.damaged.settings'),
  accounts: userText('answer.backup.damaged.accounts'),
  contacts: userText('answer.backup.damaged.contacts'),
  outbox: userText('answer.backup.damaged.outbox'),
  history: userText('answer.backup.damaged.history'),
};

function damagedText(store: string): UserText {
  return damagedTexts[store] ?? userText('answer.backup.damaged.other');
}

function refuse(message: string, said: UserText): AppFailure {
  return AppFailure.of('invalid-input', message, { userText: said });
}
