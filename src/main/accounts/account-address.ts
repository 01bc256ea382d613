import { userText } from '@shared/i18n/user-text';
import type { Account } from '@shared/domain/account';
import { isSecureAccountUrl, originOf } from '@shared/domain/account-address';
import { AppFailure } from '@shared/result';
import type { ProviderRegistry } from '../providers/registry';

/**
 * Where an account's secrets go: the origin of its base URL (the provider's built-in one for
 * live/test, the typed one for custom) and, for İşbank, of its token URL. Secrets are bound to
 * this address; any change to it means the keys must be typed again.
 */
export interface AccountAddress {
  /** Sorted, without duplicates: `https://api.example.com`. */
  origins: readonly string[];
  /** Fields whose URL is neither https nor loopback (kept from older versions): nothing is sent there. */
  insecure: readonly AddressField[];
}

export type AddressField = 'baseUrl' | 'settings.tokenUrl';

export type AddressOf = (account: Pick<Account, 'provider' | 'environment' | 'baseUrl' | 'settings'>) => AccountAddress;

export function accountAddressResolver(registry: ProviderRegistry): AddressOf {
  return (account) => {
    const urls: [AddressField, string][] = [];
    const builtIn = account.environment === 'custom' ? undefined : registry.get(account.provider)?.baseUrls[account.environment];
    const base = account.environment === 'custom' ? account.baseUrl : builtIn;
    // No adapter for this provider here (it cannot send anyway): the built-in host by name.
    const origins = [base ? (originOf(base) ?? base) : `${account.provider}:${account.environment}`];
    if (base) urls.push(['baseUrl', base]);
    const tokenUrl = account.provider === 'isbank' ? (account.settings as { tokenUrl?: string }).tokenUrl?.trim() : undefined;
    if (tokenUrl) {
      urls.push(['settings.tokenUrl', tokenUrl]);
      origins.push(originOf(tokenUrl) ?? tokenUrl);
    }
    return { origins: [...new Set(origins)].sort(), insecure: urls.filter(([, url]) => !isSecureAccountUrl(url)).map(([field]) => field) };
  };
}

/** The single string a keychain entry is bound to. */
export function bindingOf(address: AccountAddress): string {
  return address.origins.join(' ');
}

/** Main's own https rule, whatever the input schema let through or an older version stored. */
export function requireSecureAddress(address: AccountAddress): void {
  const field = address.insecure[0];
  if (!field) return;
  throw AppFailure.of('invalid-input', 'Account addresses must use https (http only on this computer)', {
    field,
    userText: userText('answer.accounts.httpsOnly'),
  });
}
