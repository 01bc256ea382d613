/**
 * Where secrets live: the OS keychain in the app, never a file. Values go in and are read only by
 * main for signing; no IPC channel returns one. Implementations throw `keychain-unavailable`.
 */
export interface CredentialVault {
  get(accountId: string, field: string): Promise<string | null>;
  set(accountId: string, field: string, value: string): Promise<void>;
  /** Returns whether something was deleted. */
  delete(accountId: string, field: string): Promise<boolean>;
  /** Whether the keychain answers at all (for app:info and clear errors up front). */
  available(): Promise<boolean>;
}
