import type { CredentialVault } from '../../src/main/credentials/vault';
import { createCore, type Core, type CoreDeps } from '../../src/main/core';
import type { PaynetEmulator } from '../emulators/paynet/paynet-emulator';

/**
 * Benchmarks run without a keychain: a vault in memory (the same interface the keytar vault
 * implements), so `npm run bench` works anywhere and measures PayDesk, not the Secret Service.
 */
export function memoryVault(values = new Map<string, string>()): CredentialVault {
  const key = (account: string, field: string) => `${account}\u0000${field}`;
  return {
    get: async (account, field) => values.get(key(account, field)) ?? null,
    set: async (account, field, value) => void values.set(key(account, field), value),
    delete: async (account, field) => values.delete(key(account, field)),
    available: async () => true,
  };
}

/** A core on `dataDir` with one Paynet account pointing at the emulator. */
export async function coreWithPaynet(dataDir: string, paynet: PaynetEmulator, extra: Partial<CoreDeps> = {}): Promise<{ core: Core; accountId: string }> {
  const core = await createCore({ dataDir, vault: memoryVault(), ...extra });
  const created = await core.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
    secrets: { secretKey: paynet.secretKey },
  });
  if (!created.ok) throw new Error(created.error.message);
  return { core, accountId: (created.value as { account: { id: string } }).account.id };
}
