import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/main/backup/backup-file';
import { applyPendingRestore, hasPendingRestore, RESTORE_FOLDER, stageRestore } from '../../../src/main/backup/pending-restore';
import { makeTempDir } from '../../support/temp-dir';
import { backupText, linkRecord, outboxItem, settingsFile, storeSnapshot, writeStoreFile } from './backup-kit';

const clock = { now: () => new Date('2025-11-22T08:00:00.000Z') };
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => (temp = await makeTempDir()));
afterEach(() => temp.cleanup());

/** The shop's current data: two history segments, contacts, an outbox. */
async function seedCurrent(): Promise<Record<string, string>> {
  await writeStoreFile(temp.dir, 'settings.json', 1, { settings: { language: 'en', shopName: 'Şimdiki' } });
  await writeStoreFile(temp.dir, 'contacts.json', 1, { contacts: [] });
  await writeStoreFile(temp.dir, 'outbox.json', 1, { items: [] });
  await writeStoreFile(temp.dir, 'history/segment-000001.json', 2, { records: [linkRecord('PD00000000001A')] });
  await writeStoreFile(temp.dir, 'history/segment-000002.json', 2, { records: [linkRecord('PD00000000002A')] });
  await writeFile(join(temp.dir, 'history/segment-000001.index.json'), '{}');
  return storeSnapshot(temp.dir);
}

const backup = () =>
  parseBackup(
    backupText({
      'settings.json': settingsFile,
      'accounts.json': { schemaVersion: 1, data: { accounts: [] } },
      'outbox.json': { schemaVersion: 1, data: { items: [outboxItem('PD00000000009A', 'queued')] } },
      'history/segment-000001.json': { schemaVersion: 2, data: { records: [linkRecord('PD0000000000BA')] } },
    }),
  );

async function expectRestored(asideStamp = '2025-11-22T08-00-00-000Z', before?: Record<string, string>) {
  const now = await storeSnapshot(temp.dir);
  expect(Object.keys(now).sort()).toEqual(['accounts.json', 'history/segment-000001.json', 'outbox.json', 'settings.json']);
  // Restored as this version reads the backup's file: settings it did not know take their defaults.
  const restoredSettings = { ...settingsFile, data: { settings: { ...settingsFile.data.settings, paidSound: true } } };
  expect(JSON.parse(now['settings.json']!)).toEqual(restoredSettings);
  expect(now['history/segment-000001.json']).toContain('PD0000000000BA');
  expect(JSON.parse(now['outbox.json']!).data.items[0].state).toBe('unknown');
  expect(await readdir(temp.dir)).not.toContain(RESTORE_FOLDER);
  if (before) {
    // Everything that was there is kept, untouched, in the set-aside folder.
    const aside = await storeSnapshot(join(temp.dir, `before-restore-${asideStamp}`));
    expect(aside).toEqual(before);
  }
}

describe('pending restore', () => {
  it('stages without touching the current files, then replaces them all on the next start', async () => {
    const before = await seedCurrent();
    await stageRestore(temp.dir, backup(), clock);
    expect(await hasPendingRestore(temp.dir)).toBe(true);
    const withoutStaging = Object.fromEntries(Object.entries(await storeSnapshot(temp.dir)).filter(([p]) => !p.startsWith(RESTORE_FOLDER)));
    expect(withoutStaging).toEqual(before);

    expect(await applyPendingRestore(temp.dir)).toEqual({ applied: true, asideDir: join(temp.dir, 'before-restore-2025-11-22T08-00-00-000Z') });
    await expectRestored(undefined, before);
    expect(await applyPendingRestore(temp.dir)).toEqual({ applied: false });
  });

  it('a staging cut off before its manifest was written is discarded: the data stays as it was', async () => {
    const before = await seedCurrent();
    await stageRestore(temp.dir, backup(), clock);
    await rm(join(temp.dir, RESTORE_FOLDER, 'manifest.json'));
    expect(await hasPendingRestore(temp.dir)).toBe(false);
    expect(await applyPendingRestore(temp.dir)).toEqual({ applied: false });
    expect(await storeSnapshot(temp.dir)).toEqual(before);
  });

  it('finishes after a power cut while the current files were being moved aside', async () => {
    const before = await seedCurrent();
    await stageRestore(temp.dir, backup(), clock);
    // Cut off after moving two of the stores aside (the manifest still says the move is not done).
    const aside = join(temp.dir, 'before-restore-2025-11-22T08-00-00-000Z');
    await mkdir(aside);
    await rename(join(temp.dir, 'settings.json'), join(aside, 'settings.json'));
    await rename(join(temp.dir, 'history'), join(aside, 'history'));

    await applyPendingRestore(temp.dir);
    await expectRestored(undefined, before);
  });

  it('finishes after a power cut while the staged files were being moved in', async () => {
    const before = await seedCurrent();
    await stageRestore(temp.dir, backup(), clock);
    // The apply's own steps by hand: move aside, mark it done, then move in only one staged root.
    const staging = join(temp.dir, RESTORE_FOLDER);
    const aside = join(temp.dir, 'before-restore-2025-11-22T08-00-00-000Z');
    await mkdir(aside);
    for (const root of ['settings.json', 'contacts.json', 'outbox.json', 'history']) await rename(join(temp.dir, root), join(aside, root));
    const manifest = JSON.parse(await readFile(join(staging, 'manifest.json'), 'utf8'));
    await writeFile(join(staging, 'manifest.json'), JSON.stringify({ ...manifest, asideDone: true }));
    await rename(join(staging, 'history'), join(temp.dir, 'history'));

    await applyPendingRestore(temp.dir);
    await expectRestored(undefined, before);
  });
});
