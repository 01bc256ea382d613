import pg from 'pg';
import { userText } from '@shared/i18n/user-text';
import { AppFailure, type AppError } from '@shared/result';
import type { ShopAddress } from './shop-address';

/** A connection with the shop's own role, closed by whoever opened it. */
export type ShopClient = pg.Client;

export interface ShopConnectTimes {
  /** A server that does not answer within this counts as away (the counter keeps working). */
  connectMs: number;
  /** One statement may take this long before the round gives up. */
  statementMs: number;
}

export const shopConnectTimes: ShopConnectTimes = { connectMs: 5_000, statementMs: 15_000 };

/**
 * Opens a connection to the shop database. TLS checks the server's certificate; an `error` event
 * of a connection that died (server restarted, cable pulled) is absorbed here so it can never
 * bring the app down: the next statement fails and the round is tried again later.
 */
export async function connectShop(address: ShopAddress, password: string, times: ShopConnectTimes = shopConnectTimes): Promise<ShopClient> {
  const client = new pg.Client({
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    password,
    ssl: address.tls ? { rejectUnauthorized: true, servername: address.host } : false,
    connectionTimeoutMillis: times.connectMs,
    query_timeout: times.statementMs,
    application_name: 'PayDesk',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/** The shop server was not reached at all: nothing was handed over, so doing it locally instead is safe. */
export class ShopUnreachable extends Error {
  constructor(cause: unknown) {
    super('The shop server could not be reached', { cause });
    this.name = 'ShopUnreachable';
  }
}

/** SQLSTATEs that mean "the server said no" rather than "the server is away". */
const REFUSALS: Record<string, 'shop.password-wrong' | 'shop.url-unreadable'> = {
  '28P01': 'shop.password-wrong',
  '28000': 'shop.password-wrong',
  '3D000': 'shop.url-unreadable',
  '42501': 'shop.password-wrong',
};

/**
 * What a failed round means for the owner: refused (only they can fix it: password, a PayDesk too
 * old for the data) or away (the counter keeps working and tries again). Never the server's own
 * words, which may name internals.
 */
export function shopProblem(error: unknown): { refused: boolean; error: AppError } {
  if (error instanceof AppFailure) return { refused: true, error: error.error };
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const refusal = REFUSALS[code];
  if (refusal) return { refused: true, error: AppFailure.of('auth-failed', 'The shop server refused this counter', { userText: userText(refusal) }).error };
  return { refused: false, error: AppFailure.of('network', 'The shop server could not be reached', { retryable: true, userText: userText('shop.unreachable') }).error };
}
