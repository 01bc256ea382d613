import { randomBytes } from 'node:crypto';
import { createKeytarVault } from '../../src/main/credentials/keytar-vault';
import type { CredentialVault } from '../../src/main/credentials/vault';

export interface TestVault extends CredentialVault {
  service: string;
  /** Deletes every entry this vault wrote (tests must leave the keychain as they found it). */
  cleanup(): Promise<void>;
}

/** The real keytar vault under a service name unique to this test run. */
export function createTestVault(label = 'test'): TestVault {
  const service = `PayDesk-${label}-${randomBytes(4).toString('hex')}`;
  const vault = createKeytarVault({ service });
  const written = new Set<string>();
  return {
    service,
    get: (a, f) => vault.get(a, f),
    async set(a, f, v) {
      await vault.set(a, f, v);
      written.add(`${a}\u0000${f}`);
    },
    delete: (a, f) => vault.delete(a, f),
    available: () => vault.available(),
    async cleanup() {
      for (const key of written) {
        const [a, f] = key.split('\u0000') as [string, string];
        await vault.delete(a, f).catch(() => false);
      }
      written.clear();
    },
  };
}
