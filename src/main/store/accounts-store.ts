import { z } from 'zod';
import { accountSchema, type Account } from '@shared/domain/account';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { NoticeBoard } from './notice-board';
import { VersionedDocument, type DocumentSpec } from './versioned-document';

const accountsFileSchema = z.object({ accounts: z.array(accountSchema) });
type AccountsFile = z.infer<typeof accountsFileSchema>;

export const accountsFileSpec: DocumentSpec<AccountsFile> = {
  store: 'accounts',
  fileName: 'accounts.json',
  version: 1,
  schema: accountsFileSchema,
  defaults: () => ({ accounts: [] }),
  migrations: {},
  entries: { key: 'accounts', schema: accountSchema, nameFields: ['label', 'id'] },
};

/** Provider accounts without their secrets (those live in the OS keychain). */
export class AccountsStore {
  private readonly listeners = new Set<(ids: string[]) => void>();

  private constructor(private readonly doc: VersionedDocument<AccountsFile>) {}

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock): Promise<AccountsStore> {
    return new AccountsStore(await VersionedDocument.open(dataDir, accountsFileSpec, notices, clock));
  }

  list(): readonly Account[] {
    return this.doc.value.accounts;
  }

  get(id: string): Account | undefined {
    return this.doc.value.accounts.find((a) => a.id === id);
  }

  require(id: string): Account {
    const account = this.get(id);
    if (!account) throw AppFailure.of('not-found', 'No such account');
    return account;
  }

  async add(account: Account): Promise<void> {
    await this.doc.update((file) => {
      if (file.accounts.some((a) => a.id === account.id)) throw AppFailure.of('conflict', 'Account id already exists');
      return { accounts: [...file.accounts, account] };
    });
    this.changed(account.id);
  }

  async replace(account: Account): Promise<void> {
    await this.doc.update((file) => {
      if (!file.accounts.some((a) => a.id === account.id)) throw AppFailure.of('not-found', 'No such account');
      return { accounts: file.accounts.map((a) => (a.id === account.id ? account : a)) };
    });
    this.changed(account.id);
  }

  /** Adds or replaces an account as another counter of the shop has it (no local listener cares who wrote it). */
  async put(account: Account): Promise<void> {
    await this.doc.update((file) => ({
      accounts: file.accounts.some((a) => a.id === account.id) ? file.accounts.map((a) => (a.id === account.id ? account : a)) : [...file.accounts, account],
    }));
    this.changed(account.id);
  }

  /** Accounts added or changed (the shop sync shares them; removals stay on this computer). */
  onChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(id: string): void {
    for (const listener of this.listeners) listener([id]);
  }

  async remove(id: string): Promise<void> {
    await this.doc.update((file) => {
      if (!file.accounts.some((a) => a.id === id)) throw AppFailure.of('not-found', 'No such account');
      return { accounts: file.accounts.filter((a) => a.id !== id) };
    });
  }
}
