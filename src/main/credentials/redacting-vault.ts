import type { Redactor } from '../log/redactor';
import type { CredentialVault } from './vault';

/** Registers every secret that passes through with the redactor, so logs can never show it. */
export function withRedaction(vault: CredentialVault, redactor: Redactor): CredentialVault {
  return {
    async get(accountId, field) {
      const value = await vault.get(accountId, field);
      if (value) redactor.register(value);
      return value;
    },
    async set(accountId, field, value) {
      redactor.register(value);
      await vault.set(accountId, field, value);
    },
    delete: (accountId, field) => vault.delete(accountId, field),
    available: () => vault.available(),
  };
}
