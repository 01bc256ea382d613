import { isIP } from 'node:net';
import { userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';
import { parseShopUrl } from './shop-address';
import { connectShop, shopConnectTimes, shopProblem, type ShopConnectTimes } from './shop-connection';
import { openSealedPassword, pairingKeys, readPairingCode } from './pairing-code';

/**
 * The login a new counter pairs with. Its password is not a secret (every PayDesk has it): the
 * role can do nothing but call `shop_pair`, may log in only to the shop database from the shop's
 * own network, and only while a code is open (the server sets VALID UNTIL to the last code's expiry).
 */
export const PAIRING_LOGIN = 'paydesk_pair';
export const PAIRING_LOGIN_PASSWORD = 'paydesk-pairing-login-not-a-secret';

/** `192.168.1.20`, `192.168.1.20:5433`, `kasa-pc.local:5432`, `[fd00::5]:5432` → host (bracketed if IPv6) and port. */
export function readServerAddress(text: string): { hostPart: string; port: number } {
  const typed = text.trim();
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(typed) ?? (isIP(typed) === 6 ? [typed, `[${typed}]`, undefined] : null);
  const port = match?.[2] ? Number(match[2]) : 5432;
  if (!match?.[1] || port < 1 || port > 65_535) {
    throw AppFailure.of('invalid-input', 'The shop server address is not host[:port]', { field: 'address', userText: userText('shop.pair.address-unreadable') });
  }
  return { hostPart: match[1], port };
}

function codeRefused(): AppFailure {
  return AppFailure.of('auth-failed', 'The pairing code was refused', { field: 'code', userText: userText('shop.pair.code-wrong') });
}

/**
 * Trades a one-time code for the shop's connection: logs in as the pairing role, proves the code
 * (its scrypt proof, never the code), and opens the sealed password the server handed out. The
 * code is burned there whatever happens next. Returns what `ShopService.join` takes.
 */
export async function pairWithCode(serverAddress: string, typedCode: string, times: ShopConnectTimes = shopConnectTimes): Promise<{ url: string; password: string }> {
  const code = readPairingCode(typedCode);
  if (!code) throw AppFailure.of('invalid-input', 'A pairing code has 11 characters', { field: 'code', userText: userText('shop.pair.code-unreadable') });
  const { hostPart, port } = readServerAddress(serverAddress);
  const { address } = parseShopUrl(`postgres://${PAIRING_LOGIN}@${hostPart}:${port}/paydesk`);
  const keys = await pairingKeys(code);
  let client: Awaited<ReturnType<typeof connectShop>>;
  try {
    client = await connectShop(address, PAIRING_LOGIN_PASSWORD, times);
  } catch (error) {
    // The pairing login is closed while no code is open: the same words as a wrong code.
    const problem = shopProblem(error);
    if (problem.refused) throw codeRefused();
    throw new AppFailure(problem.error);
  }
  try {
    const answer = await client.query<{ pair_role: string; pair_sealed: string; pair_database: string }>(
      'SELECT pair_role, pair_sealed, pair_database FROM public.shop_pair($1)',
      [keys.proof],
    );
    const row = answer.rows[0];
    if (!row) throw codeRefused();
    const password = openSealedPassword(row.pair_sealed, keys.sealKey);
    if (password === undefined) throw codeRefused();
    return { url: `postgres://${row.pair_role}@${hostPart}:${port}/${row.pair_database}`, password };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '42883') {
      throw AppFailure.of('unsupported', 'The shop server has no pairing yet', { userText: userText('answer.shop.migrateServer') });
    }
    throw new AppFailure(shopProblem(error).error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
