import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenFile, SaveFile } from '../../../src/main/desktop-host';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { startRecordingServer, type RecordingServer } from '../../support/recording-server';
import { makeTempDir } from '../../support/temp-dir';

/**
 * A backup holds accounts but never keys; the keys stay in this computer's keychain, bound to the
 * address they were typed for. A restored account pointing elsewhere must ask for its keys again.
 */
let h: CoreHarness;
let paynet: PaynetEmulator;
let other: RecordingServer;
let exportsDir: { dir: string; cleanup: () => Promise<void> };
let toOpen: string | undefined;

const saveFile: SaveFile = async (name, content) => {
  const path = join(exportsDir.dir, name);
  await writeFile(path, content);
  return { saved: true, fileName: path };
};
const openFile: OpenFile = async () => (toOpen ? { opened: true, fileName: toOpen, content: await readFile(toOpen, 'utf8') } : { opened: false });

beforeEach(async () => {
  [paynet, other, exportsDir] = await Promise.all([startPaynetEmulator(), startRecordingServer(), makeTempDir('paydesk-exports-')]);
  h = await startCoreHarness({ saveFile, openFile, isOnline: () => false });
});
afterEach(async () => {
  await h.dispose();
  await Promise.all([paynet.stop(), other.close(), exportsDir.cleanup()]);
});

async function accountWithBackup(): Promise<{ id: string; backupPath: string }> {
  const created = await h.core.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet mağaza', environment: 'custom', baseUrl: paynet.url, settings: {} },
    secrets: { secretKey: paynet.secretKey },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const backup = await h.core.invoke('data:backup', undefined);
  if (!backup.ok || !(backup.value as { saved: boolean }).saved) throw new Error(JSON.stringify(backup));
  return { id: (created.value as { account: { id: string } }).account.id, backupPath: (backup.value as { fileName: string }).fileName };
}

async function restore(path: string): Promise<void> {
  toOpen = path;
  expect(await h.core.invoke('data:restore', undefined)).toMatchObject({ ok: true, value: { restored: true } });
  await h.restart();
}

describe('restoring a backup and the keychain', () => {
  it('keeps the keys when the restored account has the address they were typed for', async () => {
    const { id, backupPath } = await accountWithBackup();
    await restore(backupPath);
    expect(await h.core.invoke('accounts:list', undefined)).toMatchObject({ ok: true, value: [{ secretsStored: { secretKey: true } }] });
    expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
  });

  it('asks for the keys again when the restored account points at another address, and sends nothing there', async () => {
    const { id, backupPath } = await accountWithBackup();
    const edited = join(exportsDir.dir, 'edited-backup.json');
    await writeFile(edited, (await readFile(backupPath, 'utf8')).replaceAll(paynet.url, `${other.url}/api`));
    await restore(edited);

    const tested = await h.core.invoke('accounts:test', { id });
    expect(other.receivedText()).not.toContain(paynet.secretKey);
    expect(other.hits).toEqual([]);
    expect(tested).toMatchObject({ ok: false, error: { code: 'credential-missing' } });
    expect(await h.core.invoke('accounts:list', undefined)).toMatchObject({
      ok: true,
      value: [{ account: { id, baseUrl: `${other.url}/api` }, secretsStored: { secretKey: false } }],
    });
  });
});
