import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { accountSchema, type Account } from '@shared/domain/account';
import { contactKey, contactSchema, type Contact } from '@shared/domain/contact';
import { linkRecordSchema, type LinkRecord } from '@shared/domain/link-record';
import { isTrustedLinkUrl } from '@shared/domain/link-url';
import type { Logger } from '../log/logger';
import type { LinkHistory } from '../history-ports';
import type { AccountsStore } from '../store/accounts-store';
import type { ContactsStore } from '../store/contacts-store';
import { mergeContact, mergeLinkRecord } from './merge-rules';
import type { Queryable } from './shop-connection';
import type { CounterWindow } from './counter-window';
import { publishLink } from './shop-history-search';

/**
 * One kind of thing the shop's counters share (links, provider accounts without their keys): how
 * to read it here, merge a copy from another counter into it, and hear about local changes.
 */
export interface SyncedCollection<T = unknown> {
  kind: string;
  schema: z.ZodType<T>;
  keyOf(value: T): string;
  get(key: string): T | undefined;
  /** Every key held here (shared when a counter joins a shop). */
  keys(): string[];
  /** Keys of what changed at or after `since` (an ISO instant). */
  changedSince(since: string): string[];
  /** Stores the merge of the local copy (if any) and `remote`. */
  put(remote: T): Promise<void>;
  merge(local: T, remote: T): T;
  /** Whether two copies say the same to the shop (what is only local, like an id, left out). */
  same(a: T, b: T | undefined): boolean;
  onChange(listener: (keys: string[]) => void): () => void;
  /** Also written where the shop reads it directly (a link's searchable copy), with every push. */
  publish?(client: Queryable, value: T): Promise<void>;
  /** Many copies at once (a counter new to the shop copying its links); resolves with the keys now the same here as there. */
  putMany?(remotes: T[]): Promise<string[]>;
  /** Lets go of what this counter need not keep (the server has it), except keys still `pending`; resolves with how many. */
  trim?(pending: (key: string) => boolean): Promise<number>;
}

/** The history as the sync reads and writes it (HistoryStore). */
export interface SyncedHistory extends LinkHistory {
  onChange(listener: (references: string[]) => void): () => void;
  appendMany(records: readonly LinkRecord[]): Promise<number>;
  references(test?: (entry: { updatedMs: number }) => boolean): string[];
  remove(test: (entry: { reference: string; status: string; createdMs: number }) => boolean): Promise<string[]>;
}

/**
 * Links as the shop shares them. A copy whose address is not where its account's links live (a
 * counter gone wrong, or whoever holds the shop's password) keeps its facts but loses the address:
 * this counter never shows, prints or sends a link it could not have made itself.
 */
export function linkCollection(
  history: SyncedHistory,
  accounts?: Pick<AccountsStore, 'get'>,
  logger?: Pick<Logger, 'log'>,
  window?: CounterWindow,
): SyncedCollection {
  const trusted = (record: LinkRecord): LinkRecord => {
    if (!record.url || !accounts) return record;
    const account = accounts.get(record.accountId);
    if (account && isTrustedLinkUrl(record.url, account)) return record;
    logger?.log('warn', 'shop-sync.untrusted-link-url', { reference: record.reference });
    const { url: _dropped, ...rest } = record;
    return rest;
  };
  return erased<LinkRecord>({
    kind: 'link',
    schema: linkRecordSchema as z.ZodType<LinkRecord>,
    keyOf: (record) => record.reference,
    get: (reference) => history.get(reference),
    keys: () => history.references(),
    // From the index: reading every record of a chain's year at each start took seconds.
    changedSince: (since) => history.references((entry) => entry.updatedMs >= Date.parse(since)),
    merge: mergeLinkRecord,
    same: sameShared,
    publish: publishLink,
    async put(pulled) {
      const remote = trusted(pulled);
      const local = history.get(remote.reference);
      // An old closed link not kept here stays on the server (searched there).
      if (!local && window && !window.keepsRecord(remote)) return;
      if (!local) await history.append(remote);
      else if (!sameShared(mergeLinkRecord(local, remote), local)) await history.update(remote.reference, (latest) => mergeLinkRecord(latest, remote));
    },
    async putMany(pulled) {
      const settled: string[] = [];
      const fresh: LinkRecord[] = [];
      for (const remote of pulled) {
        const kept = trusted(remote);
        const local = history.get(kept.reference);
        if (!local) {
          if (window && !window.keepsRecord(kept)) continue;
          fresh.push(kept);
          // Stored as the shop has it, unless its address was dropped here.
          if (kept === remote) settled.push(kept.reference);
        } else if (!sameShared(mergeLinkRecord(local, kept), local)) {
          await history.update(kept.reference, (latest) => mergeLinkRecord(latest, kept));
        }
      }
      await history.appendMany(fresh);
      return settled;
    },
    trim: window
      ? async (pending) => {
          const since = window.since;
          return (await history.remove((entry) => !window.keeps(entry, since) && !pending(entry.reference))).length;
        }
      : undefined,
    onChange: (listener) => history.onChange(listener),
  });
}

/**
 * Provider accounts as the shop names them: the same id at every counter, never a secret (each
 * computer types its own keys). Last writer wins; a copy that moves an account to another address
 * finds this computer's keys bound to the old one, so they are never sent there.
 */
export function accountCollection(accounts: AccountsStore): SyncedCollection {
  const merge = (local: Account, remote: Account) => (remote.updatedAt > local.updatedAt || (remote.updatedAt === local.updatedAt && JSON.stringify(remote) > JSON.stringify(local)) ? remote : local);
  return erased<Account>({
    kind: 'account',
    schema: accountSchema as z.ZodType<Account>,
    keyOf: (account) => account.id,
    get: (id) => accounts.get(id),
    keys: () => accounts.list().map((account) => account.id),
    changedSince: (since) => accounts.list().flatMap((account) => (account.updatedAt >= since ? [account.id] : [])),
    merge,
    same: sameShared,
    async put(remote) {
      const local = accounts.get(remote.id);
      const merged = local ? merge(local, remote) : remote;
      if (!local || !sameShared(merged, local)) await accounts.put(merged);
    },
    onChange: (listener) => accounts.onChange(listener),
  });
}

/** The customer book, one customer per phone (else e-mail, else Ödüyo id) across the shop's counters. */
export function customerCollection(contacts: ContactsStore): SyncedCollection {
  return erased<Contact>({
    kind: 'customer',
    schema: contactSchema as z.ZodType<Contact>,
    keyOf: (contact) => contactKey(contact) ?? '',
    get: (key) => contacts.byKey(key),
    keys: () => contacts.keys(),
    changedSince: (since) => contacts.keys(since),
    merge: (local, remote) => mergeContact(local, remote).contact,
    same: sameCustomer,
    async put(remote) {
      const local = contacts.byKey(contactKey(remote) ?? '');
      if (!local) return contacts.putShared(remote);
      const { contact, losing } = mergeContact(local, remote);
      if (sameCustomer(contact, local)) return;
      const otherCopy = losing ? keptCopy(losing) : local.otherCopy;
      await contacts.putShared({ ...contact, ...(otherCopy ? { otherCopy } : {}) });
    },
    onChange: (listener) => contacts.onChange(listener),
  });
}

/** What the owner is shown of the copy that lost. */
function keptCopy(losing: Contact): NonNullable<Contact['otherCopy']> {
  const { name, phone, email, oduyoCustomerId } = losing;
  const copy = { name, phone, email, oduyoCustomerId, changedAt: losing.changedAt ?? losing.lastUsedAt };
  return Object.fromEntries(Object.entries(copy).filter(([, v]) => v !== undefined && v !== '')) as NonNullable<Contact['otherCopy']>;
}

/** Two copies of a customer agree when what the shop shares agrees: ids, use counts and kept copies are each computer's own. */
function sameCustomer(a: Contact, b: Contact | undefined): boolean {
  const shared = (c: Contact) => [c.name, c.phone ?? '', c.email ?? '', c.oduyoCustomerId ?? '', c.changedAt ?? c.lastUsedAt];
  return b !== undefined && isDeepStrictEqual(shared(a), shared(b));
}

/** The sync handles every kind alike: the schema checks each pulled copy before `put` sees it. */
function erased<T>(collection: SyncedCollection<T>): SyncedCollection {
  return collection as unknown as SyncedCollection;
}

/**
 * The same thing, whatever the key order or keys left undefined, and whenever each store last
 * wrote it (a link's `updatedAt` is stamped by every local write, so it is not what a counter says).
 */
export function sameShared(a: unknown, b: unknown): boolean {
  if (b === undefined) return false;
  const plain = (value: unknown): unknown => {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    if (copy && typeof copy === 'object' && 'reference' in copy) delete copy.updatedAt;
    return copy;
  };
  return isDeepStrictEqual(plain(a), plain(b));
}
