import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem, OutboxState } from '../../../src/shared/domain/outbox-item';

export const ACCOUNT_ID = 'acc_0123456789abcdef';
const AT = '2025-11-20T09:00:00.000Z';

export function linkRecord(reference: string, overrides: Partial<LinkRecord> = {}): LinkRecord {
  return {
    reference,
    kind: 'link',
    accountId: ACCOUNT_ID,
    provider: 'paynet',
    accountLabel: 'Paynet',
    createdAt: AT,
    updatedAt: AT,
    linkType: 'amount',
    amount: { minor: 125050, currency: 'TRY' },
    description: 'Çay takımı',
    customer: { name: 'Ayşe Yılmaz', phone: '+905321234567' },
    maxInstallments: 1,
    url: `https://pts-api.paynet.com.tr/link/${reference}`,
    providerRefs: {},
    status: 'active',
    timeline: [{ at: AT, kind: 'created', outcome: 'ok' }],
    ...overrides,
  };
}

export function outboxItem(id: string, state: OutboxState): OutboxItem {
  return {
    id,
    accountId: ACCOUNT_ID,
    provider: 'paynet',
    job: {
      kind: 'create-link',
      request: {
        reference: id,
        linkType: 'amount',
        amount: { minor: 1000, currency: 'TRY' },
        description: 'Kahve',
        customer: {},
        maxInstallments: 1,
        language: 'tr',
        notifyBySms: false,
        notifyByEmail: false,
      },
    },
    state,
    createdAt: AT,
    updatedAt: AT,
    attempts: state === 'queued' ? 0 : 1,
    ...(state === 'retry-wait' ? { nextAttemptAt: '2025-11-20T09:05:00.000Z' } : {}),
  };
}

/** Writes a store file as the stores do: `{ schemaVersion, data }`. */
export async function writeStoreFile(dataDir: string, path: string, schemaVersion: number, data: unknown): Promise<void> {
  const target = join(dataDir, ...path.split('/'));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify({ schemaVersion, data }));
}

/** Every store file of a data folder (logs and set-aside folders excluded), path → text. */
export async function storeSnapshot(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dataDir.length + 1).split('\\').join('/');
    if (path.startsWith('logs/') || path.startsWith('before-restore-')) continue;
    out[path] = await readFile(join(dataDir, path), 'utf8');
  }
  return out;
}

export function backupText(files: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'paydesk-backup',
    formatVersion: 1,
    createdAt: AT,
    appVersion: '0.1.0',
    files,
    ...extra,
  });
}

export const settingsFile = { schemaVersion: 1, data: { settings: { language: 'tr', shopName: 'Yedek Dükkân' } } };
