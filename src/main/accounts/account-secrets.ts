import { secretFields, type Account } from '@shared/domain/account';
import { decodeStoredSecret, encodeBoundSecret } from '../credentials/bound-secret';
import type { CredentialVault } from '../credentials/vault';
import { bindingOf, type AddressOf } from './account-address';

export interface AccountSecretValues {
  /** Values typed for the account's current address: the only ones a provider call may get. */
  usable: Record<string, string>;
  /** Fields stored for another address (or unbound): present, but never sent. */
  boundElsewhere: string[];
}

/** An account's keychain entries, each bound to the address (origins) it was typed for. */
export class AccountSecrets {
  constructor(
    private readonly vault: CredentialVault,
    private readonly addressOf: AddressOf,
  ) {}

  async read(account: Account): Promise<AccountSecretValues> {
    const binding = bindingOf(this.addressOf(account));
    const result: AccountSecretValues = { usable: {}, boundElsewhere: [] };
    for (const field of secretFields[account.provider]) {
      const raw = await this.vault.get(account.id, field);
      if (!raw) continue;
      const stored = decodeStoredSecret(raw);
      if (stored.origin === binding && stored.value) result.usable[field] = stored.value;
      else result.boundElsewhere.push(field);
    }
    return result;
  }

  /** Stores `value` bound to the address `account` has (the account as it will be saved). */
  write(account: Account, field: string, value: string): Promise<void> {
    return this.vault.set(account.id, field, encodeBoundSecret(value, bindingOf(this.addressOf(account))));
  }

  delete(accountId: string, field: string): Promise<boolean> {
    return this.vault.delete(accountId, field);
  }

  /**
   * Entries from versions before origin binding hold a bare value. At start-up they are bound to
   * the account's address as it is then: where the older version was already sending them. After
   * a restored backup that address is the backup's, not theirs, so then they are deleted instead
   * and the keys are asked for again.
   */
  async settleLegacy(accounts: readonly Account[], mode: 'bind' | 'delete'): Promise<number> {
    let settled = 0;
    for (const account of accounts) {
      for (const field of secretFields[account.provider]) {
        const raw = await this.vault.get(account.id, field);
        if (!raw) continue;
        const stored = decodeStoredSecret(raw);
        if (stored.origin !== null) continue;
        if (mode === 'bind') await this.write(account, field, stored.value);
        else await this.vault.delete(account.id, field);
        settled += 1;
      }
    }
    return settled;
  }
}
