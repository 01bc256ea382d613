import { decodeStoredSecret, type StoredSecret } from '../../src/main/credentials/bound-secret';
import type { CredentialVault } from '../../src/main/credentials/vault';

/** A keychain entry as main reads it: the value and the address it is bound to (null when absent). */
export async function storedSecret(vault: CredentialVault, accountId: string, field: string): Promise<StoredSecret | null> {
  const raw = await vault.get(accountId, field);
  return raw === null ? null : decodeStoredSecret(raw);
}

/** Just the value of a keychain entry (null when absent). */
export async function storedSecretValue(vault: CredentialVault, accountId: string, field: string): Promise<string | null> {
  return (await storedSecret(vault, accountId, field))?.value ?? null;
}
