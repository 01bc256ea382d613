import type { Redactor } from '../log/redactor';
import { decodeStoredSecret } from './bound-secret';
import type { CredentialVault } from './vault';

/** Registers every secret that passes through with the redactor, so logs can never show it. */
export function withRedaction(vault: CredentialVault, redactor: Redactor): CredentialVault {
  // The keychain holds the secret inside its origin envelope: the bare value is what a log could show.
  const register = (stored: string) => {
    redactor.register(stored);
    redactor.register(decodeStoredSecret(stored).value);
  };
  return {
    async get(accountId, field) {
      const value = await vault.get(accountId, field);
      if (value) register(value);
      return value;
    },
    async set(accountId, field, value) {
      register(value);
      await vault.set(accountId, field, value);
    },
    delete: (accountId, field) => vault.delete(accountId, field),
    available: () => vault.available(),
  };
}
