import { isIP } from 'node:net';
import { isLoopbackHost } from '@shared/domain/account-address';
import { userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';

/** Where a counter finds its shop database, without the password (that lives in the keychain). */
export interface ShopAddress {
  host: string;
  port: number;
  database: string;
  /** The shop's own database role: row-level security keys every row on it. */
  user: string;
  /** TLS with the server's certificate checked; off only on this computer or the shop's own network. */
  tls: boolean;
}

/** `user@host:port/database`: what the keychain entry is bound to and what the owner is shown. */
export function shopAddressText(address: ShopAddress): string {
  return `${address.user}@${address.host}:${address.port}/${address.database}`;
}

const ROLE = /^[a-z][a-z0-9_]{2,40}$/;

/**
 * Reads a `postgres://role[:password]@host[:port]/database[?sslmode=…]` connection string. The
 * password in it, if any, is handed back separately so it can go to the keychain. Plain
 * connections are accepted only on this computer or a private network (the shop server in the
 * back office); anything else must use TLS, whatever `sslmode` says.
 */
export function parseShopUrl(text: string): { address: ShopAddress; password?: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw invalid('shop.url-unreadable');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw invalid('shop.url-unreadable');
  const user = decodeURIComponent(url.username);
  if (!ROLE.test(user)) throw invalid('shop.url-no-role');
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'paydesk';
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(database)) throw invalid('shop.url-unreadable');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) throw invalid('shop.url-unreadable');
  const port = url.port ? Number(url.port) : 5432;
  const sslmode = url.searchParams.get('sslmode');
  const local = isLoopbackHost(url.hostname) || isPrivateNetwork(host);
  const tls = !local || (sslmode !== null && sslmode !== 'disable' && sslmode !== 'prefer' && sslmode !== 'allow');
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  return { address: { host, port, database, user, tls }, ...(password ? { password } : {}) };
}

/** RFC 1918 / unique-local addresses and `.local` names: the shop's own network. */
function isPrivateNetwork(host: string): boolean {
  if (host.endsWith('.local')) return true;
  if (isIP(host) === 4) {
    const [a, b] = host.split('.').map(Number);
    return a === 10 || (a === 172 && b !== undefined && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return isIP(host) === 6 && /^f[cd]/i.test(host);
}

function invalid(key: 'shop.url-unreadable' | 'shop.url-no-role'): AppFailure {
  return AppFailure.of('invalid-input', 'The shop address is not a PostgreSQL connection string PayDesk can use', {
    field: 'url',
    userText: userText(key),
  });
}
