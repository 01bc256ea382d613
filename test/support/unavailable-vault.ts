import type { CredentialVault } from '../../src/main/credentials/vault';
import { AppFailure } from '../../src/shared/result';

/**
 * A machine without a keychain, as the keytar vault reports it (every call fails with
 * `keychain-unavailable`). Lets a test show what the user sees there without breaking the real
 * Secret Service the other tests share.
 */
export function unavailableVault(): CredentialVault {
  const refuse = async (): Promise<never> => {
    throw AppFailure.of('keychain-unavailable', 'The system keychain is not available');
  };
  return { get: refuse, set: refuse, delete: refuse, available: async () => false };
}
