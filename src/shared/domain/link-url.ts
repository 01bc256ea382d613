import { z } from 'zod';
import { isLoopbackHost } from './account-address';
import type { ProviderId } from './provider-id';
import { isSafeText } from './safe-text';

/** The longest link URL PayDesk takes from a provider, stores in history and puts in a QR code. */
export const LINK_URL_MAX = 2000;

/**
 * A link URL as history stores it. Older records (made before the rules below) still load, so
 * this stays as it was; every new URL passes `linkUrlSchema`, which is built on it: whatever an
 * adapter accepts, history can store.
 */
export const storedLinkUrlSchema = z.string().max(LINK_URL_MAX).url();

/**
 * The shape of a link URL a provider hands us: `https:` (plain `http:` only on this computer, the
 * emulators), no user name or password, no invisible characters, at most LINK_URL_MAX characters.
 */
export const linkUrlSchema = storedLinkUrlSchema
  .refine((text) => isSafeText(text) && !/\s/.test(text), 'The link address holds characters a link never has')
  .refine((text) => {
    const url = URL.canParse(text) ? new URL(text) : undefined;
    if (!url || url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  }, 'Not an https link address');

/** The domains each provider's payment pages live on (a subdomain counts; a look-alike does not). */
const providerLinkDomains: Record<ProviderId, readonly string[]> = {
  paytr: ['paytr.com'],
  paynet: ['paynet.com.tr'],
  // Every Ödüyo merchant has its own host: its accounts are custom, checked against that host below.
  oduyo: [],
  isbank: ['isbank.com.tr'],
};

export interface LinkUrlAccount {
  provider: ProviderId;
  environment: 'live' | 'test' | 'custom';
  baseUrl?: string | undefined;
}

/**
 * May PayDesk show, encode, share and store this link? Its shape (linkUrlSchema) and its host:
 * the provider's own domain, or exactly the host of a custom account's address.
 */
export function isTrustedLinkUrl(text: string, account: LinkUrlAccount): boolean {
  if (!linkUrlSchema.safeParse(text).success) return false;
  const host = new URL(text).hostname.toLowerCase();
  if (account.environment === 'custom') {
    const own = account.baseUrl && URL.canParse(account.baseUrl) ? new URL(account.baseUrl).hostname.toLowerCase() : undefined;
    return own !== undefined && host === own;
  }
  return providerLinkDomains[account.provider].some((domain) => host === domain || host.endsWith(`.${domain}`));
}
