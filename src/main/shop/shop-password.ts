import { decodeStoredSecret, encodeBoundSecret } from '../credentials/bound-secret';
import type { CredentialVault } from '../credentials/vault';
import { shopAddressText, type ShopAddress } from './shop-address';

/** The keychain entry of the shop password: not an account id (those are `acc_…`). */
const [ENTRY, FIELD] = ['paydesk-shop', 'password'] as const;

/** Keeps the password bound to the server it was typed for (the same envelope as provider keys). */
export function saveShopPassword(vault: CredentialVault, address: ShopAddress, password: string): Promise<void> {
  return vault.set(ENTRY, FIELD, encodeBoundSecret(password, shopAddressText(address)));
}

/** The password typed for this very server; one bound to another address is never used. */
export async function shopPasswordFor(vault: CredentialVault, address: ShopAddress): Promise<string | undefined> {
  const raw = await vault.get(ENTRY, FIELD).catch(() => null);
  if (!raw) return undefined;
  const stored = decodeStoredSecret(raw);
  return stored.origin === shopAddressText(address) ? stored.value : undefined;
}

export async function deleteShopPassword(vault: CredentialVault): Promise<void> {
  await vault.delete(ENTRY, FIELD);
}
