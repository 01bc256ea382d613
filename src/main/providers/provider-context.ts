import type { Account } from '@shared/domain/account';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { HttpClient } from '../http/http-client';
import type { ProviderContext, ProviderAdapter } from './provider';

/** The base URL an account talks to: its own for `custom`, otherwise the provider's for the environment. */
export function resolveBaseUrl(account: Account, adapter: Pick<ProviderAdapter, 'baseUrls'>): string {
  const url = account.environment === 'custom' ? account.baseUrl : adapter.baseUrls[account.environment];
  if (!url) throw AppFailure.of('invalid-input', `No base URL for ${account.label}`, { field: 'baseUrl' });
  return url.replace(/\/+$/, '');
}

export function buildProviderContext(
  account: Account,
  adapter: Pick<ProviderAdapter, 'baseUrls'>,
  secrets: Record<string, string>,
  http: HttpClient,
  clock: Clock,
  callbackUrl?: string,
): ProviderContext {
  return { account, baseUrl: resolveBaseUrl(account, adapter), secrets, http, clock, ...(callbackUrl ? { callbackUrl } : {}) } as ProviderContext;
}
