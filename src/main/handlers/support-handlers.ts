import { homedir } from 'node:os';
import type { HandlerTable } from '@shared/contract';
import { ok } from '@shared/result';
import { BackupService } from '../backup/backup-service';
import type { OpenFile, SaveFile } from '../desktop-host';
import type { Clock } from '../clock';
import { gatherDiagnostics, type DiagnosticsSources } from '../diagnostics/diagnostics-facts';
import { formatDiagnostics } from '../diagnostics/diagnostics-report';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';

/**
 * The diagnostics' sources (the clock and runtime are added here), plus what backups need.
 * `secretsStored` reads the keychain through the redacting vault, which also teaches the redactor
 * every secret before the report is redacted.
 */
export interface SupportDeps extends Omit<DiagnosticsSources, 'now' | 'runtime'> {
  clock: Clock;
  logger: Logger;
  redactor: Redactor;
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
