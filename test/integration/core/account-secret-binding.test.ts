import { withWords } from '../../support/said';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenFile, SaveFile } from '../../../src/main/desktop-host';
import { createCore } from '../../../src/main/core';
import { encodeBoundSecret } from '../../../src/main/credentials/bound-secret';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { storedSecret } from '../../support/stored-secret';
import { unavailableVault } from '../../support/unavailable-vault';

/** How a keychain entry carries the address it was typed for, and how entries of older versions are settled. */
let h: CoreHarness;
let paynet: PaynetEmulator;
let backupText = '';

const saveFile: SaveFile = async (name, content) => {
  backupText = String(content);
  return { saved: true, fileName: name };
};
const openFile: OpenFile = async () => ({ opened: true, fileName: 'backup.json', content: backupText });

beforeEach(async () => {
  paynet = await startPaynetEmulator();
  h = await startCoreHarness({ saveFile, openFile, isOnline: () => false });
});
afterEach(async () => {
  await h.dispose();
  await paynet.stop();
});

async function addPaynet(): Promise<string> {
  const created = await h.core.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
    secrets: { secretKey: paynet.secretKey },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return (created.value as { account: { id: string } }).account.id;
}

const origin = () => new URL(paynet.url).origin;
const listed = async () => ((await h.core.invoke('accounts:list', undefined)) as { value: { secretsStored: Record<string, boolean> }[] }).value;

describe('secrets bound to an address', () => {
  it('stores each key with the origin it was typed for, in one keychain entry', async () => {
    const id = await addPaynet();
    expect(await storedSecret(h.vault, id, 'secretKey')).toEqual({ value: paynet.secretKey, origin: origin() });
    await h.core.invoke('secrets:set', { accountId: id, field: 'secretKey', value: paynet.secretKey });
    expect(await storedSecret(h.vault, id, 'secretKey')).toEqual({ value: paynet.secretKey, origin: origin() });
  });

  it('never hands out a key bound to another address, even the right one', async () => {
    const id = await addPaynet();
    await h.vault.set(id, 'secretKey', encodeBoundSecret(paynet.secretKey, 'https://elsewhere.example.com'));
    const requestsBefore = paynet.requests.length;

    const tested = await h.core.invoke('accounts:test', { id });
    expect(withWords(tested)).toMatchObject({
      ok: false,
      error: { code: 'credential-missing', userMessage: { tr: expect.stringContaining('yeniden yazılmalı'), en: expect.stringContaining('typed again') } },
    });
    expect(paynet.requests.length).toBe(requestsBefore);
    expect((await listed())[0]!.secretsStored).toEqual({ secretKey: false });
  });

  it('binds a bare entry of an older version to the current address at start-up', async () => {
    const id = await addPaynet();
    await h.vault.set(id, 'secretKey', paynet.secretKey);
    // Until it is bound, a bare entry is not used.
    expect((await listed())[0]!.secretsStored).toEqual({ secretKey: false });

    await h.restart();
    expect(await storedSecret(h.vault, id, 'secretKey')).toEqual({ value: paynet.secretKey, origin: origin() });
    expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
  });

  it('deletes bare entries instead when a restore was just applied (their address is unknown)', async () => {
    const id = await addPaynet();
    expect(await h.core.invoke('data:backup', undefined)).toMatchObject({ ok: true, value: { saved: true } });
    await h.vault.set(id, 'secretKey', paynet.secretKey);
    expect(await h.core.invoke('data:restore', undefined)).toMatchObject({ ok: true, value: { restored: true } });
    await h.restart();

    expect(await storedSecret(h.vault, id, 'secretKey')).toBeNull();
    expect((await listed())[0]!.secretsStored).toEqual({ secretKey: false });
  });

  it('still deletes them on a later start when the keychain did not answer on the restore start', async () => {
    const id = await addPaynet();
    expect(await h.core.invoke('data:backup', undefined)).toMatchObject({ ok: true, value: { saved: true } });
    await h.vault.set(id, 'secretKey', paynet.secretKey);
    expect(await h.core.invoke('data:restore', undefined)).toMatchObject({ ok: true, value: { restored: true } });
    await h.core.stop();
    // The restore is applied on a start where the keychain does not answer…
    h.core = await createCore({ dataDir: h.dataDir, vault: unavailableVault() });
    // …so the next start with a keychain must not bind the bare entry to the restored address.
    await h.restart();
    expect(await storedSecret(h.vault, id, 'secretKey')).toBeNull();
    await h.restart();
    expect(await storedSecret(h.vault, id, 'secretKey')).toBeNull();
    await h.core.invoke('secrets:set', { accountId: id, field: 'secretKey', value: paynet.secretKey });
    await h.restart();
    expect(await storedSecret(h.vault, id, 'secretKey')).toEqual({ value: paynet.secretKey, origin: origin() });
  });

  it('keeps bound keys across a restart and a no-address edit', async () => {
    const id = await addPaynet();
    await h.restart();
    const draft = { provider: 'paynet', label: 'Paynet yeni ad', environment: 'custom', baseUrl: `${paynet.url}/v2/`, settings: {} };
    // Another path on the same origin is the same server: the keys stay.
    expect(await h.core.invoke('accounts:update', { id, draft, secrets: {} })).toMatchObject({ ok: true, value: { secretsStored: { secretKey: true } } });
    await h.core.invoke('accounts:update', { id, draft: { ...draft, baseUrl: paynet.url }, secrets: {} });
    expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
  });
});
