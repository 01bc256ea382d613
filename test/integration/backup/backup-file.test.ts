import { said } from '../../support/said';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectStoreFiles, parseBackup, serializeBackup } from '../../../src/main/backup/backup-file';
import { holdRestoredOutbox } from '../../../src/main/backup/store-catalog';
import { AppFailure } from '../../../src/shared/result';
import { makeTempDir } from '../../support/temp-dir';
import { backupText, linkRecord, outboxItem, settingsFile, writeStoreFile } from './backup-kit';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => (temp = await makeTempDir()));
afterEach(() => temp.cleanup());

function refusal(text: string) {
  try {
    parseBackup(text);
  } catch (error) {
    if (error instanceof AppFailure) return error.error;
    throw error;
  }
  throw new Error('the backup was accepted');
}

const segment = (records: unknown[]) => ({ schemaVersion: 2, data: { records } });

describe('collecting the store files', () => {
  it('reads every store file, validated, with entry counts; unknown files stay out', async () => {
    await writeStoreFile(temp.dir, 'settings.json', 1, settingsFile.data);
    await writeStoreFile(temp.dir, 'accounts.json', 1, { accounts: [] });
    await writeStoreFile(temp.dir, 'outbox.json', 1, { items: [outboxItem('PD00000000000A', 'queued')] });
    await writeStoreFile(temp.dir, 'products.json', 1, {
      products: [{ id: 'pr_0123456789', name: 'Çay takımı', price: { minor: 125050, currency: 'TRY' }, vatIncluded: true }],
      quickAmounts: [],
    });
    await writeStoreFile(temp.dir, 'history/segment-000001.json', 2, { records: [linkRecord('PD00000000001A')] });
    await writeStoreFile(temp.dir, 'history/segment-000002.json', 2, { records: [linkRecord('PD00000000002A')] });
    await writeStoreFile(temp.dir, 'notes.json', 1, { anything: true });
    await writeStoreFile(temp.dir, 'accounts.2025-11-20T09-00-00-000Z.bak.json', 1, { accounts: 'broken' });

    const { files, counts } = await collectStoreFiles(temp.dir);
    expect([...files.keys()].sort()).toEqual([
      'accounts.json',
      'history/segment-000001.json',
      'history/segment-000002.json',
      'outbox.json',
      'products.json',
      'settings.json',
    ]);
    expect(counts).toEqual({ settings: 1, accounts: 0, contacts: 0, products: 1, outbox: 1, history: 2 });
    // And what is collected reads back as a valid backup.
    const parsed = parseBackup(serializeBackup({ createdAt: '2025-11-22T08:00:00.000Z', appVersion: '0.1.0', files }));
    expect(parsed.counts).toEqual(counts);
  });

  it('stops with an error rather than writing a backup that cannot be restored', async () => {
    await writeStoreFile(temp.dir, 'settings.json', 1, settingsFile.data);
    await writeStoreFile(temp.dir, 'history/segment-000001.json', 2, { records: [{ reference: 'nope' }] });
    await expect(collectStoreFiles(temp.dir)).rejects.toThrow(/history/);
  });
});

describe('validating a backup before anything is replaced', () => {
  it('accepts an older store version and migrates it (history layout 1)', () => {
    const v1 = { ...linkRecord('PD00000000001A'), amountMinor: 5000, currency: 'TRY', customerName: 'Ali' } as Record<string, unknown>;
    delete v1.amount;
    delete v1.customer;
    delete v1.kind;
    const parsed = parseBackup(backupText({ 'settings.json': settingsFile, 'history/segment-000001.json': { schemaVersion: 1, data: { records: [v1] } } }));
    const records = (parsed.files.get('history/segment-000001.json')!.data as { records: { amount: unknown; customer: unknown }[] }).records;
    expect(records[0]).toMatchObject({ amount: { minor: 5000, currency: 'TRY' }, customer: { name: 'Ali' } });
    expect(parsed.files.get('history/segment-000001.json')!.schemaVersion).toBe(2);
  });

  it('refuses files that are not PayDesk backups', () => {
    for (const text of ['', 'not json', '[]', '{"format":"other"}', JSON.stringify({ files: {} }), backupText({}, { createdAt: 'yesterday' })]) {
      const error = refusal(text);
      expect(error.code).toBe('invalid-input');
      expect(said(error, 'tr')).toMatch(/PayDesk yedeği değil/);
    }
  });

  it('refuses a backup from a newer PayDesk (format or store version), saying to update', () => {
    for (const text of [
      backupText({ 'settings.json': settingsFile }, { formatVersion: 2 }),
      backupText({ 'settings.json': { ...settingsFile, schemaVersion: 9 } }),
      backupText({ 'settings.json': settingsFile, 'history/segment-000001.json': { schemaVersion: 3, data: { records: [] } } }),
    ]) {
      expect(said(refusal(text), 'en')).toMatch(/newer version of PayDesk/);
    }
  });

  it('refuses damaged parts and names them', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['history', { 'history/segment-000001.json': segment([{ ...linkRecord('PD00000000001A'), amount: { minor: 1.5, currency: 'TRY' } }]) }],
      ['outbox', { 'outbox.json': { schemaVersion: 1, data: { items: [{ ...outboxItem('PD00000000000A', 'queued'), state: 'flying' }] } } }],
      ['accounts', { 'accounts.json': { schemaVersion: 1, data: { accounts: [{ id: 'x' }] } } }],
      ['contacts', { 'contacts.json': { schemaVersion: 1, data: {} } }],
      ['history', { 'history/segment-000001.json': segment([linkRecord('PD00000000001A')]), 'history/segment-000002.json': segment([linkRecord('PD00000000001A')]) }],
    ];
    for (const [store, files] of cases) {
      const error = refusal(backupText({ 'settings.json': settingsFile, ...files }));
      expect(error.code).toBe('invalid-input');
      expect(said(error, 'en'), store).toContain(`The ${store} part of the backup`);
    }
  });

  it('refuses unknown or escaping paths and a backup without settings', () => {
    for (const path of ['../settings.json', 'history/../../x.json', 'history/segment-1.json', 'secrets.json', '__proto__', 'history/segment-000001.json/x']) {
      expect(refusal(backupText({ 'settings.json': settingsFile, [path]: settingsFile })).code, path).toBe('invalid-input');
    }
    expect(said(refusal(backupText({ 'accounts.json': { schemaVersion: 1, data: { accounts: [] } } })), 'tr')).toMatch(/değil/);
  });
});

describe('restored outbox', () => {
  it('holds every request that was waiting or on its way as unknown (never sent twice)', () => {
    const states = ['queued', 'sending', 'retry-wait', 'failed', 'unknown', 'created', 'cancelled'] as const;
    const items = states.map((state, i) => outboxItem(`PD0000000000${i}A`, state));
    const clock = { now: () => new Date('2025-11-22T08:00:00.000Z') };
    const held = (holdRestoredOutbox({ items }, clock) as { items: ReturnType<typeof outboxItem>[] }).items;
    expect(held.map((i) => i.state)).toEqual(['unknown', 'unknown', 'unknown', 'failed', 'unknown', 'created', 'cancelled']);
    expect(held[0]).toMatchObject({ lastError: { code: 'ambiguous' }, updatedAt: '2025-11-22T08:00:00.000Z' });
    expect(held[2]!.nextAttemptAt).toBeUndefined();
    expect(held[3]).toEqual(items[3]);
  });
});
