import keytar from 'keytar';
import { AppFailure } from '@shared/result';
import type { CredentialVault } from './vault';

export const DEFAULT_KEYCHAIN_SERVICE = 'PayDesk';

const unavailable = () =>
  AppFailure.of(
    'keychain-unavailable',
    'The system keychain (Windows Credential Manager, macOS Keychain or Secret Service) is not available',
  );

/** Wraps keytar so its native errors never escape with details and never fall back to plaintext. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    throw unavailable();
  }
}

/** The only place that imports keytar. One keychain entry per account and secret field. */
export function createKeytarVault(options: { service?: string } = {}): CredentialVault {
  const service = options.service ?? DEFAULT_KEYCHAIN_SERVICE;
  const entry = (accountId: string, field: string) => `${accountId}/${field}`;
  return {
    get: (accountId, field) => guarded(() => keytar.getPassword(service, entry(accountId, field))),
    set: (accountId, field, value) => guarded(() => keytar.setPassword(service, entry(accountId, field), value)),
    delete: (accountId, field) => guarded(() => keytar.deletePassword(service, entry(accountId, field))),
    available: async () => {
      try {
        await keytar.findCredentials(service);
        return true;
      } catch {
        return false;
      }
    },
  };
}
