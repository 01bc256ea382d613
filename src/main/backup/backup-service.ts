import type { SaveFile, OpenFile } from '../desktop-host';
import { userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import { collectStoreFiles, parseBackup, serializeBackup, type StoreCounts } from './backup-file';
import { stageRestore } from './pending-restore';

/** Asks where to save (a save dialog in the app) and writes the content there. Same shape as ports.md. */
/** Asks for a file to open (an open dialog in the app) and returns its text; the app refuses huge files. */

export interface BackupServiceDeps {
  dataDir: string;
  clock: Clock;
  appVersion: string;
  saveFile?: SaveFile;
  openFile?: OpenFile;
  /** Brings every store's file up to date first (the outbox folds its journal into outbox.json). */
  writeSnapshots?: () => Promise<void>;
  /** Loads every stored secret into the redactor so `containsSecret` knows them all. */
  primeSecrets(): Promise<void>;
  containsSecret(text: string): boolean;
  /** Restarts the app so the restored files are used (absent in tests: applied on the next start). */
  restart?: () => void;
  log(event: string, detail?: unknown): void;
}

const RESTART_DELAY_MS = 1500;

export type BackupOutcome = { saved: false } | { saved: true; fileName: string; counts: StoreCounts };
export type RestoreOutcome = { restored: false } | { restored: true; counts: StoreCounts; createdAt: string; restarting: boolean };

export class BackupService {
  constructor(private readonly deps: BackupServiceDeps) {}

  async backup(): Promise<BackupOutcome> {
    const { saveFile, clock } = this.deps;
    if (!saveFile) throw AppFailure.of('unsupported', 'Saving files is not available here');
    await this.deps.writeSnapshots?.();
    const { files, counts } = await collectStoreFiles(this.deps.dataDir);
    const createdAt = clock.now().toISOString();
    const text = serializeBackup({ createdAt, appVersion: this.deps.appVersion, files });
    // Secrets never leave the keychain; this catches one pasted into a label or a note.
    await this.deps.primeSecrets();
    if (this.deps.containsSecret(text)) {
      this.deps.log('backup.refused-secret');
      throw AppFailure.of('internal', 'The data contains a stored secret; no backup was written', {
        userText: userText('answer.backup.secretInData'),
      });
    }
    const result = await saveFile(backupFileName(clock.now()), text);
    if (!result.saved) return { saved: false };
    this.deps.log('backup.saved', { counts, bytes: text.length });
    return { saved: true, fileName: result.fileName ?? '', counts };
  }

  /** Validates the whole file first; only a valid backup is staged, and nothing is replaced before that. */
  async restore(): Promise<RestoreOutcome> {
    const { openFile } = this.deps;
    if (!openFile) throw AppFailure.of('unsupported', 'Opening files is not available here');
    const picked = await openFile(['json']);
    if (!picked.opened) return { restored: false };
    const content = parseBackup(picked.content);
    await stageRestore(this.deps.dataDir, content, this.deps.clock);
    this.deps.log('restore.staged', { counts: content.counts, createdAt: content.createdAt, appVersion: content.appVersion });
    const restarting = this.deps.restart !== undefined;
    // Gives the window time to show "restarting" before it closes.
    if (this.deps.restart) setTimeout(this.deps.restart, RESTART_DELAY_MS);
    return { restored: true, counts: content.counts, createdAt: content.createdAt, restarting };
  }
}

/** `paydesk-yedek-2025-11-22-0830.json` (local time of the machine). */
export function backupFileName(now: Date): string {
  const pad = (n: number) => n.toString().padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `paydesk-yedek-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}
