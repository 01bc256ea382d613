import { withWords } from '../../support/said';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFile, SaveFile } from '../../../src/main/desktop-host';
import type { Core } from '../../../src/main/core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { linkRecord, outboxItem, storeSnapshot, writeStoreFile } from '../backup/backup-kit';

const SECRET = 'sck_h7_DISTINCTIVE_backup_secret_51f0';
let h: CoreHarness;
let exportsDir: string;
let toOpen: string | undefined;
let accountId: string;

const saveFile: SaveFile = async (name, content) => {
  const path = join(exportsDir, name);
  await writeFile(path, content);
  return { saved: true, fileName: path };
};
const openFile: OpenFile = async () => (toOpen ? { opened: true, fileName: toOpen, content: await readFile(toOpen, 'utf8') } : { opened: false });

/** Calls a channel and returns its typed value (the core's invoke is untyped: it takes anything). */
async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await core.invoke(channel, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as ChannelOutput<C>;
}

beforeAll(async () => {
  h = await startCoreHarness({ saveFile, openFile, isOnline: () => false });
  exportsDir = join(h.dataDir, '..', `${h.dataDir.split(/[\\/]/).pop()}-exports`);
  await mkdir(exportsDir);
  const view = await call(h.core, 'accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet mağaza', environment: 'test', settings: {} },
    secrets: { secretKey: SECRET },
  });
  accountId = view.account.id;
  await call(h.core, 'settings:update', { shopName: 'Çiçekçi Ayşe' });
  await h.core.contacts.remember({ name: 'Ayşe Yılmaz', phone: '+905321234567' }, 'sms');
  await call(h.core, 'products:save', { product: { name: 'Çay takımı', price: { minor: 125050, currency: 'TRY' }, vatIncluded: true } });
  await call(h.core, 'products:set-quick-amounts', { amounts: [5000, 10000] });
  // History and outbox as the link service would have left them (written while the core is running, read on restart).
  await writeStoreFile(h.dataDir, 'history/segment-000001.json', 2, {
    records: [linkRecord('PD00000000001A', { accountId }), linkRecord('PD00000000002A', { accountId, status: 'paid' })],
  });
  await writeStoreFile(h.dataDir, 'outbox.json', 1, {
    items: [{ ...outboxItem('PD00000000003A', 'queued'), accountId }, { ...outboxItem('PD00000000004A', 'failed'), accountId }],
  });
  await h.restart();
});
afterAll(async () => {
  await h.dispose();
  await rm(exportsDir, { recursive: true, force: true });
});

const shopName = async (core: Core) => (await call(core, 'settings:get', undefined)).shopName;

describe('backup and restore through the core', () => {
  let backupPath: string;

  it('backs up every store, never the secrets', async () => {
    const result = await call(h.core, 'data:backup', undefined);
    expect(result).toMatchObject({ saved: true, counts: { settings: 1, accounts: 1, contacts: 1, products: 1, outbox: 2, history: 2 } });
    if (!result.saved) throw new Error('not saved');
    backupPath = result.fileName;
    expect(backupPath).toMatch(/paydesk-yedek-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const text = await readFile(backupPath, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('sck_');
    const parsed = JSON.parse(text) as { format: string; files: Record<string, unknown> };
    expect(parsed.format).toBe('paydesk-backup');
    expect(Object.keys(parsed.files).sort()).toEqual(['accounts.json', 'contacts.json', 'history/segment-000001.json', 'outbox.json', 'products.json', 'settings.json']);
  });

  it('refuses a broken file and changes nothing', async () => {
    const before = await storeSnapshot(h.dataDir);
    const broken = join(exportsDir, 'broken.json');
    const good = JSON.parse(await readFile(backupPath, 'utf8')) as { files: Record<string, { data: { records?: unknown[] } }> };
    good.files['history/segment-000001.json']!.data.records!.push({ reference: 'damaged' });
    await writeFile(broken, JSON.stringify(good));
    toOpen = broken;
    const result = await h.core.invoke('data:restore', undefined);
    expect(withWords(result)).toMatchObject({ ok: false, error: { code: 'invalid-input', userMessage: { tr: expect.stringContaining('geçmiş') } } });
    expect(await storeSnapshot(h.dataDir)).toEqual(before);
    await h.restart();
    expect(await storeSnapshot(h.dataDir)).toEqual(before);
  });

  it('answers "not restored" when the user cancels the dialog', async () => {
    toOpen = undefined;
    expect(await call(h.core, 'data:restore', undefined)).toEqual({ restored: false });
  });

  it('restores the backup on the next start: every store as it was, waiting requests held as unknown', async () => {
    await call(h.core, 'settings:update', { shopName: 'Sonradan değişti' });
    await call(h.core, 'accounts:update', {
      id: accountId,
      draft: { provider: 'paynet', label: 'Yeni ad', environment: 'test', settings: {} },
      secrets: {},
    });
    await h.core.contacts.remember({ name: 'Mehmet', phone: '+905339876543' });
    await call(h.core, 'products:save', { product: { name: 'Sonradan eklendi', price: { minor: 100, currency: 'TRY' }, vatIncluded: false } });

    toOpen = backupPath;
    const result = await call(h.core, 'data:restore', undefined);
    expect(result).toMatchObject({ restored: true, restarting: false, counts: { history: 2, outbox: 2, accounts: 1, contacts: 1, products: 1 } });
    expect(await shopName(h.core)).toBe('Sonradan değişti'); // nothing changes under the running stores

    const core = await h.restart();
    expect(await shopName(core)).toBe('Çiçekçi Ayşe');
    const [account] = await call(core, 'accounts:list', undefined);
    expect(account).toMatchObject({ account: { id: accountId, label: 'Paynet mağaza' }, secretsStored: { secretKey: true } });
    expect((await call(core, 'contacts:list', { limit: 10 })).map((c) => c.name)).toEqual(['Ayşe Yılmaz']);
    const catalogue = await call(core, 'products:list', undefined);
    expect(catalogue.products.map((p) => [p.name, p.price.minor])).toEqual([['Çay takımı', 125050]]);
    expect(catalogue.quickAmounts).toEqual([5000, 10000]);
    const history = await call(core, 'history:query', { filter: {}, offset: 0, limit: 10 });
    expect(history.total).toBe(2);
    const outbox = await call(core, 'outbox:list', undefined);
    const states = Object.fromEntries(outbox.items.map((i) => [i.id, i.state]));
    expect(states).toEqual({ PD00000000003A: 'unknown', PD00000000004A: 'failed' });
    // The data replaced by the restore is kept aside.
    const aside = (await readdir(h.dataDir)).filter((n) => n.startsWith('before-restore-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(h.dataDir, aside[0]!, 'settings.json'), 'utf8')).toContain('Sonradan değişti');
  });

  it('refuses to write a backup that would contain a stored secret', async () => {
    await call(h.core, 'accounts:update', {
      id: accountId,
      draft: { provider: 'paynet', label: SECRET, environment: 'test', settings: {} },
      secrets: {},
    });
    const before = await readdir(exportsDir);
    const result = await h.core.invoke('data:backup', undefined);
    expect(withWords(result)).toMatchObject({ ok: false, error: { code: 'internal', userMessage: { en: expect.stringContaining('account key') } } });
    expect(await readdir(exportsDir)).toEqual(before);
  });
});

describe('without file dialogs (browser preview)', () => {
  it('answers unsupported', async () => {
    const bare = await startCoreHarness();
    try {
      for (const channel of ['data:backup', 'data:restore'] as const) {
        expect(await bare.core.invoke(channel, undefined)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      }
    } finally {
      await bare.dispose();
    }
  });
});

describe('restart after a restore', () => {
  it('asks the app to restart once the restore is staged', async () => {
    let restarted!: () => void;
    const restartCalled = new Promise<void>((resolve) => (restarted = resolve));
    const other = await startCoreHarness({ saveFile, openFile, restart: () => restarted() });
    try {
      toOpen = (await readdir(exportsDir)).map((n) => join(exportsDir, n)).find((p) => p.includes('paydesk-yedek'));
      expect(await call(other.core, 'data:restore', undefined)).toMatchObject({ restored: true, restarting: true });
      await restartCalled;
    } finally {
      await other.dispose();
    }
  });
});
