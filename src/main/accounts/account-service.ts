import { randomBytes } from 'node:crypto';
import {
  providerEnvironments,
  requiredSecretFields,
  secretFields,
  type Account,
  type AccountView,
} from '../../shared/domain/account';
import type { AccountDraft } from '../../shared/channels/accounts';
import { AppFailure } from '../../shared/result';
import type { Clock } from '../clock';
import type { CredentialVault } from '../credentials/vault';
import type { AccountsStore } from '../store/accounts-store';

type SecretsInput = Partial<Record<string, string>>;

/** Adding, editing and removing provider accounts: public fields in the store, secrets in the vault. */
export class AccountService {
  constructor(
    private readonly store: AccountsStore,
    private readonly vault: CredentialVault,
    private readonly clock: Clock,
  ) {}

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
    const written: string[] = [];
    try {
      for (const [field, value] of definedEntries(secrets)) {
        await this.vault.set(account.id, field, value);
        written.push(field);
      }
      await this.store.add(account);
    } catch (error) {
      // Leave nothing half-made: an account without its secrets, or secrets without an account.
      await Promise.all(written.map((field) => this.vault.delete(account.id, field).catch(() => false)));
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
    await this.store.replace(account);
    for (const [field, value] of definedEntries(secrets)) await this.vault.set(id, field, value);
    return this.view(account);
  }

  async remove(id: string): Promise<void> {
    const account = this.store.require(id);
    // Secrets first: if the keychain refuses, the account stays so the user can try again.
    for (const field of secretFields[account.provider]) await this.vault.delete(id, field);
    await this.store.remove(id);
  }

  async setSecret(accountId: string, field: string, value: string): Promise<void> {
    const account = this.store.require(accountId);
    checkSecretNames(account.provider, { [field]: value });
    await this.vault.set(accountId, field, value);
  }

  async deleteSecret(accountId: string, field: string): Promise<void> {
    const account = this.store.require(accountId);
    checkSecretNames(account.provider, { [field]: '' });
    if ((requiredSecretFields[account.provider] as readonly string[]).includes(field)) {
      throw AppFailure.of('invalid-input', 'This secret is required; replace it instead', { field });
    }
    await this.vault.delete(accountId, field);
  }

  async secretsStored(accountId: string): Promise<Record<string, boolean>> {
    return this.view(this.store.require(accountId)).then((v) => v.secretsStored);
  }

  /** The secrets an adapter needs, or `credential-missing` when a required one is gone. */
  async secretsFor(account: Account): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const field of secretFields[account.provider]) {
      const value = await this.vault.get(account.id, field);
      if (value) out[field] = value;
    }
    const missing = requiredSecretFields[account.provider].filter((f) => !out[f]);
    if (missing.length > 0) {
      throw AppFailure.of('credential-missing', `Account ${account.label} is missing: ${missing.join(', ')}`);
    }
    return out;
  }

  private async view(account: Account): Promise<AccountView> {
    const secretsStored: Record<string, boolean> = {};
    for (const field of secretFields[account.provider]) {
      secretsStored[field] = (await this.vault.get(account.id, field)) !== null;
    }
    return { account, secretsStored };
  }
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
