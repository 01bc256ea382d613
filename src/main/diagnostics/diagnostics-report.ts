import type { Notice } from '@shared/domain/notice';

/** Everything the support report says; gathered by diagnostics-facts.ts, formatted here. */
export interface DiagnosticsFacts {
  generatedAt: string;
  appVersion: string;
  platform: string;
  runtime: Record<string, string>;
  language: string;
  keychain: 'available' | 'unavailable';
  dataDir: string;
  /** Provider and environment only: no labels, ids, merchant numbers, URLs or secrets. */
  accounts: { provider: string; environment: string; secrets: 'complete' | 'incomplete' | 'unknown' }[];
  /** Entries per store (`history: 1200`, `outbox.queued: 2` …). */
  counts: Record<string, number>;
  /** Files of the data folder with their sizes (folders summed up). */
  files: { path: string; bytes: number; files?: number }[];
  notices: Notice[];
  logLines: string[];
}

/**
 * The plain-text report behind "Tanı bilgisini kopyala" (Copy diagnostics). The whole text goes
 * through the redactor, then the user's home folder is shortened to `~`, so neither a secret nor
 * the Windows/macOS user name reaches support.
 */
export function formatDiagnostics(facts: DiagnosticsFacts, redact: (text: string) => string, homeDir: string): string {
  const lines: string[] = [];
  const section = (title: string) => lines.push('', `## ${title}`);
  lines.push('PayDesk — tanı raporu / diagnostics report', `generated: ${facts.generatedAt}`);

  section('App');
  lines.push(`version: ${facts.appVersion}`, `platform: ${facts.platform}`);
  for (const [name, version] of Object.entries(facts.runtime)) lines.push(`${name}: ${version}`);
  lines.push(`language: ${facts.language}`, `keychain: ${facts.keychain}`, `data folder: ${facts.dataDir}`);

  section(`Accounts (${facts.accounts.length})`);
  if (facts.accounts.length === 0) lines.push('none');
  for (const a of facts.accounts) lines.push(`- ${a.provider} · ${a.environment} · secrets ${a.secrets}`);

  section('Stores');
  for (const [name, count] of Object.entries(facts.counts)) lines.push(`${name}: ${count}`);

  section('Data folder');
  for (const f of facts.files) lines.push(`${f.path}: ${formatBytes(f.bytes)}${f.files === undefined ? '' : ` in ${f.files} files`}`);

  section(`Notices (${facts.notices.length})`);
  for (const n of facts.notices) lines.push(`- ${n.at} ${n.kind} (${n.store})${n.backupPath ? ` → ${n.backupPath}` : ''}`);

  section(`Log (last ${facts.logLines.length} lines)`);
  lines.push(...facts.logLines);

  return shortenHome(redact(lines.join('\n')), homeDir);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function shortenHome(text: string, homeDir: string): string {
  if (homeDir.length < 2) return text;
  // Both separators: paths may have been logged either way on Windows.
  const variants = new Set([homeDir, homeDir.replace(/\\/g, '/'), JSON.stringify(homeDir).slice(1, -1)]);
  let out = text;
  for (const variant of variants) out = out.split(variant).join('~');
  return out;
}
