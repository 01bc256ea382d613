import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { requiredSecretFields, type Account } from '@shared/domain/account';
import type { Notice } from '@shared/domain/notice';
import { readRecentLogLines } from '../log/log-tail';
import type { DiagnosticsFacts } from './diagnostics-report';

/** How many log lines the report carries: enough for the last few actions, small enough to paste. */
export const DIAGNOSTICS_LOG_LINES = 200;

export interface DiagnosticsSources {
  dataDir: string;
  now: () => Date;
  appVersion: string;
  platform: string;
  runtime: Record<string, string>;
  language: () => string;
  keychainAvailable: () => Promise<boolean>;
  accounts: () => readonly Account[];
  /** Which secret fields the keychain holds for an account (throws when the keychain does not answer). */
  secretsStored: (accountId: string) => Promise<Record<string, boolean>>;
  counts: () => Record<string, number>;
  notices: () => readonly Notice[];
}

export async function gatherDiagnostics(s: DiagnosticsSources): Promise<DiagnosticsFacts> {
  const keychain = (await s.keychainAvailable().catch(() => false)) ? 'available' : 'unavailable';
  return {
    generatedAt: s.now().toISOString(),
    appVersion: s.appVersion,
    platform: s.platform,
    runtime: s.runtime,
    language: s.language(),
    keychain,
    dataDir: s.dataDir,
    accounts: await accountFacts(s),
    counts: s.counts(),
    files: await folderFacts(s.dataDir),
    notices: [...s.notices()],
    logLines: await readRecentLogLines(s.dataDir, DIAGNOSTICS_LOG_LINES),
  };
}

async function accountFacts(s: DiagnosticsSources): Promise<DiagnosticsFacts['accounts']> {
  const out: DiagnosticsFacts['accounts'] = [];
  for (const account of s.accounts()) {
    const stored = await s.secretsStored(account.id).catch(() => undefined);
    const secrets = !stored ? 'unknown' : requiredSecretFields[account.provider].every((field) => stored[field]) ? 'complete' : 'incomplete';
    out.push({ provider: account.provider, environment: account.environment, secrets });
  }
  return out;
}

/** Top-level files with their sizes; folders (history, logs …) as one line with a total. */
async function folderFacts(dataDir: string): Promise<DiagnosticsFacts['files']> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const out: DiagnosticsFacts['files'] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dataDir, entry.name);
    if (entry.isFile()) out.push({ path: entry.name, bytes: await size(path) });
    else if (entry.isDirectory()) {
      const inner = await readdir(path, { withFileTypes: true }).catch(() => []);
      const sizes = await Promise.all(inner.filter((e) => e.isFile()).map((e) => size(join(path, e.name))));
      out.push({ path: `${entry.name}/`, bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length });
    }
  }
  return out;
}

const size = (path: string) =>
  stat(path).then(
    (s) => s.size,
    () => 0,
  );
