import { userText } from '@shared/i18n/user-text';
import { randomBytes } from 'node:crypto';
import {
  providerEnvironments,
  requiredSecretFields,
  secretFields,
  type Account,
  type AccountView,
} from '@shared/domain/account';
import type { AccountDraft } from '@shared/channels/accounts';
import type { Language } from '@shared/domain/settings';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { AccountsStore } from '../store/accounts-store';
import { bindingOf, requireSecureAddress, type AddressOf } from './account-address';
import type { AccountSecrets } from './account-secrets';
import { originChangeDeclined, originChangeFacts, originChangeUnconfirmable, type ConfirmOriginChange } from './origin-change';

type SecretsInput = Partial<Record<string, string>>;

export interface AccountServiceDeps {
  store: AccountsStore;
  secrets: AccountSecrets;
  addressOf: AddressOf;
  clock: Clock;
  language(): Language;
  /** Main's own confirmation of an address change; absent = address changes are refused. */
  confirmOriginChange?: ConfirmOriginChange;
}

/**
 * Adding, editing and removing provider accounts: public fields in the store, secrets in the
 * keychain, each bound to the account's address (see account-secrets). A secret is handed to a
 * provider call only for the address it was typed for.
 */
export class AccountService {
  private readonly store: AccountsStore;
  private readonly secrets: AccountSecrets;
  private readonly clock: Clock;

  constructor(private readonly deps: AccountServiceDeps) {
    this.store = deps.store;
    this.secrets = deps.secrets;
    this.clock = deps.clock;
  }

  async list(): Promise<AccountView[]> {
    return Promise.all(this.store.list().map((account) => this.view(account)));
  }

  async create(draft: AccountDraft, secrets: SecretsInput): Promise<AccountView> {
    checkDraft(draft);
    checkSecretNames(draft.provider, secrets);
    const missing = requiredSecretFields[draft.provider].filter((f) => !secrets[f]);
    if (missing.length > 0) {
      throw AppFailure.of('invalid-input', `Missing secret: ${missing.join(', ')}`, { field: `secrets.${missing[0]}` });
    }
    const now = this.clock.now().toISOString();
    const account = { ...draft, id: `acc_${randomBytes(8).toString('hex')}`, createdAt: now, updatedAt: now } as Account;
    requireSecureAddress(this.deps.addressOf(account));
    const written: string[] = [];
    try {
      for (const [field, value] of definedEntries(secrets)) {
        await this.secrets.write(account, field, value);
        written.push(field);
      }
      await this.store.add(account);
    } catch (error) {
      // Leave nothing half-made: an account without its secrets, or secrets without an account.
      await Promise.all(written.map((field) => this.secrets.delete(account.id, field).catch(() => false)));
      throw error;
    }
    return this.view(account);
  }

  async update(id: string, draft: AccountDraft, secrets: SecretsInput): Promise<AccountView> {
    const existing = this.store.require(id);
    if (existing.provider !== draft.provider) {
      throw AppFailure.of('invalid-input', 'The provider of an account cannot change', { field: 'provider' });
    }
    checkDraft(draft);
    checkSecretNames(draft.provider, secrets);
    const account = { ...existing, ...draft, updatedAt: this.clock.now().toISOString() } as Account;
    if (draft.environment !== 'custom') delete account.baseUrl;
    const before = this.deps.addressOf(existing);
    const after = this.deps.addressOf(account);
    requireSecureAddress(after);
    if (bindingOf(before) !== bindingOf(after)) {
      const confirm = this.deps.confirmOriginChange;
      if (!confirm) throw originChangeUnconfirmable();
      if (!(await confirm(originChangeFacts(existing, before, after, this.deps.language())))) throw originChangeDeclined();
      // Keys typed for the old address never go to the new one: only keys typed now stay.
      for (const field of secretFields[account.provider]) if (!secrets[field]) await this.secrets.delete(id, field);
    }
    for (const [field, value] of definedEntries(secrets)) await this.secrets.write(account, field, value);
    await this.store.replace(account);
    return this.view(account);
  }

  async remove(id: string): Promise<void> {
    const account = this.store.require(id);
    // Secrets first: if the keychain refuses, the account stays so the user can try again.
    for (const field of secretFields[account.provider]) await this.secrets.delete(id, field);
    await this.store.remove(id);
  }

  async setSecret(accountId: string, field: string, value: string): Promise<void> {
    const account = this.store.require(accountId);
    checkSecretNames(account.provider, { [field]: value });
    requireSecureAddress(this.deps.addressOf(account));
    await this.secrets.write(account, field, value);
  }

  async deleteSecret(accountId: string, field: string): Promise<void> {
    const account = this.store.require(accountId);
    checkSecretNames(account.provider, { [field]: '' });
    if ((requiredSecretFields[account.provider] as readonly string[]).includes(field)) {
      throw AppFailure.of('invalid-input', 'This secret is required; replace it instead', { field });
    }
    await this.secrets.delete(accountId, field);
  }

  async secretsStored(accountId: string): Promise<Record<string, boolean>> {
    return this.view(this.store.require(accountId)).then((v) => v.secretsStored);
  }

  /**
   * The secrets an adapter needs, typed for the account's current address; `credential-missing`
   * when a required one is gone or was typed for another address. Never sent to an insecure URL.
   */
  async secretsFor(account: Account): Promise<Record<string, string>> {
    requireSecureAddress(this.deps.addressOf(account));
    const { usable, boundElsewhere } = await this.secrets.read(account);
    const missing = requiredSecretFields[account.provider].filter((f) => !usable[f]);
    if (missing.length === 0) return usable;
    if (missing.some((field) => boundElsewhere.includes(field))) throw keysForAnotherAddress(account, missing);
    throw AppFailure.of('credential-missing', `Account ${account.label} is missing: ${missing.join(', ')}`);
  }

  /** Binds (or, after a restore, deletes) keychain entries older versions wrote without an address. */
  settleLegacySecrets(mode: 'bind' | 'delete'): Promise<number> {
    return this.secrets.settleLegacy(this.store.list(), mode);
  }

  private async view(account: Account): Promise<AccountView> {
    const { usable } = await this.secrets.read(account);
    const secretsStored: Record<string, boolean> = {};
    for (const field of secretFields[account.provider]) secretsStored[field] = usable[field] !== undefined;
    return { account, secretsStored };
  }
}

function keysForAnotherAddress(account: Account, fields: readonly string[]): AppFailure {
  return AppFailure.of('credential-missing', `Account ${account.label}: ${fields.join(', ')} were typed for another address`, {
    userText: userText('answer.accounts.keysForAnotherAddress'),
  });
}

function checkDraft(draft: AccountDraft): void {
  if (!providerEnvironments[draft.provider].includes(draft.environment)) {
    throw AppFailure.of('invalid-input', `${draft.provider} has no ${draft.environment} environment`, {
      field: 'environment',
    });
  }
  if (draft.environment === 'custom' && !draft.baseUrl) {
    throw AppFailure.of('invalid-input', 'A custom environment needs a base URL', { field: 'baseUrl' });
  }
}

function checkSecretNames(provider: Account['provider'], secrets: SecretsInput): void {
  const allowed = secretFields[provider] as readonly string[];
  const wrong = Object.keys(secrets).find((field) => !allowed.includes(field));
  if (wrong) throw AppFailure.of('invalid-input', `${provider} has no secret named ${wrong}`, { field: `secrets.${wrong}` });
}

function definedEntries(secrets: SecretsInput): [string, string][] {
  return Object.entries(secrets).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}
