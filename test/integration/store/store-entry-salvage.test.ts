import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/clock';
import { AccountsStore } from '../../../src/main/store/accounts-store';
import { ContactsStore } from '../../../src/main/store/contacts-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import type { Notice } from '../../../src/shared/domain/notice';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { makeTempDir } from '../../support/temp-dir';
import { paynetRequest, startLinkKit, waitFor, type LinkKit } from '../links/link-kit';

type FileOf<K extends string> = { schemaVersion: number; data: Record<K, Record<string, unknown>[]> };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function backupOf(dir: string, stem: string): Promise<{ name: string; content: { data: Record<string, unknown[]> } }> {
  const name = (await readdir(dir)).find((n) => n.startsWith(`${stem}.`) && n.endsWith('.bak.json'));
  if (!name) throw new Error(`no ${stem}.<time>.bak.json in the data folder`);
  return { name, content: JSON.parse(await readFile(join(dir, name), 'utf8')) as { data: Record<string, unknown[]> } };
}

describe('one invalid entry is set aside alone', () => {
  it('outbox.json with four queued links, one malformed: three are sent, the bad one is in the .bak.json and named in the notice', async () => {
    const kit: LinkKit = await startLinkKit();
    cleanups.push(() => kit.dispose());
    const accountId = await kit.account('paynet');
    kit.online.value = false;
    const requests = [1, 2, 3, 4].map((i) => paynetRequest({ amount: { minor: 1000 * i, currency: 'TRY' } }));
    for (const request of requests) await kit.ok('links:create', { accountId, request, mode: 'later' });

    // While the app is closed (outbox.json then holds every item), damage the third item on disk
    // (an amount that is not a number), as a bad disk sector or a hand edit would.
    const path = join(kit.h.dataDir, 'outbox.json');
    let bad = { id: '' } as { id: string; job: { request: { amount: { minor: unknown } } } };
    await kit.h.restart(async () => {
      const file = JSON.parse(await readFile(path, 'utf8')) as FileOf<'items'>;
      expect(file.data.items).toHaveLength(4);
      bad = file.data.items[2] as typeof bad;
      bad.job.request.amount.minor = 'on bin';
      await writeFile(path, JSON.stringify(file));
      kit.online.value = true;
    });

    const good = requests.filter((r) => r.reference !== bad.id).map((r) => r.reference);
    for (const reference of good) await waitFor(async () => (await kit.item(reference))?.state === 'created', 10_000, `${reference} created`);
    expect(kit.paynet.links.map((l) => l.reference_no).sort()).toEqual([...good].sort());
    expect(await kit.item(bad.id)).toBeUndefined();

    const backup = await backupOf(kit.h.dataDir, 'outbox');
    expect(backup.content.data.items).toEqual([bad]);
    const notices = await kit.ok<Notice[]>('app:notices');
    expect(notices).toContainEqual(
      expect.objectContaining({ kind: 'store-items-set-aside', store: 'outbox', items: [bad.id], backupPath: join(kit.h.dataDir, backup.name) }),
    );
    // The file itself now holds only valid items (the next start finds nothing to set aside).
    const after = JSON.parse(await readFile(path, 'utf8')) as FileOf<'items'>;
    expect((after.data.items as unknown as OutboxItem[]).map((i) => i.id).sort()).toEqual([...good].sort());
  });

  it('accounts.json and contacts.json keep their valid entries the same way', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const account = (id: string, label: string) => ({
      id,
      provider: 'paynet',
      label,
      environment: 'test',
      settings: {},
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    const accounts = [account('acc_0000000000000001', 'Dükkan'), { ...account('acc_0000000000000002', 'Bozuk'), provider: 'no-such-provider' }];
    await writeFile(join(temp.dir, 'accounts.json'), JSON.stringify({ schemaVersion: 1, data: { accounts } }));
    const contact = (id: string, name: string, phone: string) => ({ id, name, phone, lastUsedAt: '2026-11-20T10:00:00.000Z', useCount: 1 });
    const contacts = [contact('ct_0000000000000001', 'Ayşe', '+905321112233'), { ...contact('ct_0000000000000002', 'Mehmet', '+905321112244'), useCount: -4 }];
    await writeFile(join(temp.dir, 'contacts.json'), JSON.stringify({ schemaVersion: 1, data: { contacts } }));

    const notices = new NoticeBoard();
    const accountsStore = await AccountsStore.open(temp.dir, notices, systemClock);
    const contactsStore = await ContactsStore.open(temp.dir, notices, systemClock);

    expect(accountsStore.list().map((a) => a.label)).toEqual(['Dükkan']);
    expect(contactsStore.list(undefined, 10).map((c) => c.name)).toEqual(['Ayşe']);
    expect((await backupOf(temp.dir, 'accounts')).content.data.accounts).toEqual([accounts[1]]);
    expect((await backupOf(temp.dir, 'contacts')).content.data.contacts).toEqual([contacts[1]]);
    expect(notices.list().map((n) => [n.kind, n.store, n.items])).toEqual([
      ['store-items-set-aside', 'accounts', ['Bozuk']],
      ['store-items-set-aside', 'contacts', ['Mehmet']],
    ]);
  });
});
