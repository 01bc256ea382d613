import type { CredentialVault } from '../../src/main/credentials/vault';

/** A vault that remembers every entry it wrote, so a test can clean the real keychain afterwards. */
export interface TrackingVault extends CredentialVault {
  /** `accountId/field` of every entry written through this vault. */
  readonly written: ReadonlySet<string>;
  /** Deletes every entry this vault wrote; returns how many were still there. */
  deleteAll(): Promise<number>;
}

export function trackingVault(inner: CredentialVault): TrackingVault {
  const written = new Set<string>();
  const split = (entry: string) => {
    const at = entry.indexOf('/');
    return [entry.slice(0, at), entry.slice(at + 1)] as const;
  };
  return {
    written,
    get: (accountId, field) => inner.get(accountId, field),
    async set(accountId, field, value) {
      written.add(`${accountId}/${field}`);
      await inner.set(accountId, field, value);
    },
    delete: (accountId, field) => inner.delete(accountId, field),
    available: () => inner.available(),
    async deleteAll() {
      let deleted = 0;
      for (const entry of written) {
        const [accountId, field] = split(entry);
        if (await inner.delete(accountId, field).catch(() => false)) deleted += 1;
      }
      return deleted;
    },
  };
}
