import { homedir } from 'node:os';
import type { HandlerTable } from '@shared/contract';
import type { Account } from '@shared/domain/account';
import type { Notice } from '@shared/domain/notice';
import { ok } from '@shared/result';
import { BackupService, type OpenFile, type SaveFile } from '../backup/backup-service';
import type { Clock } from '../clock';
import { gatherDiagnostics } from '../diagnostics/diagnostics-facts';
import { formatDiagnostics } from '../diagnostics/diagnostics-report';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';

export interface SupportDeps {
  dataDir: string;
  clock: Clock;
  appVersion: string;
  platform: string;
  logger: Logger;
  redactor: Redactor;
  language: () => string;
  keychainAvailable: () => Promise<boolean>;
  accounts: () => readonly Account[];
  /** Reads the keychain through the redacting vault, which also teaches the redactor every secret. */
  secretsStored: (accountId: string) => Promise<Record<string, boolean>>;
  /** Entries per store for the report (`history`, `outbox.queued` …). */
  counts: () => Record<string, number>;
  notices: () => readonly Notice[];
  /** Brings every store's file up to date before a backup reads them. */
  writeSnapshots: () => Promise<void>;
  saveFile?: SaveFile;
  openFile?: OpenFile;
  restart?: () => void;
}

/** "Copy diagnostics", "Back up data" and "Restore data" (Settings). */
export function supportHandlers(deps: SupportDeps) {
  const primeSecrets = async () => {
    for (const account of deps.accounts()) await deps.secretsStored(account.id).catch(() => undefined);
  };
  const backups = new BackupService({
    dataDir: deps.dataDir,
    clock: deps.clock,
    appVersion: deps.appVersion,
    saveFile: deps.saveFile,
    openFile: deps.openFile,
    restart: deps.restart,
    writeSnapshots: deps.writeSnapshots,
    primeSecrets,
    containsSecret: (text) => deps.redactor.containsSecret(text),
    log: (event, detail) => deps.logger.log('info', event, detail),
  });
  const runtime = Object.fromEntries(
    (['electron', 'chrome', 'node'] as const).flatMap((name) => (process.versions[name] ? [[name, process.versions[name]!]] : [])),
  );

  return {
    'app:diagnostics': async () => {
      await deps.logger.flush(); // the report shows what happened up to now
      const facts = await gatherDiagnostics({ ...deps, now: () => deps.clock.now(), runtime });
      return ok({ text: formatDiagnostics(facts, (text) => deps.redactor.redact(text), homedir()) });
    },
    'data:backup': async () => ok(await backups.backup()),
    'data:restore': async () => ok(await backups.restore()),
  } satisfies Pick<HandlerTable, 'app:diagnostics' | 'data:backup' | 'data:restore'>;
}
