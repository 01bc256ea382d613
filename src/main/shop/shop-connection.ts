import pg, { type ClientBase } from 'pg';
import { userText } from '@shared/i18n/user-text';
import { AppFailure, type AppError } from '@shared/result';
import type { ShopAddress } from './shop-address';

/** What the shop's statements need of a connection. */
export type Queryable = Pick<ClientBase, 'query'>;

/** A connection with the shop's own role for one round; `end()` gives it back. */
export interface ShopSession extends Queryable {
  end(): Promise<void>;
}

/** A connection that stays open (LISTEN for the doorbell). */
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
  const client = new pg.Client(clientConfig(address, password, times));
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/**
 * The counter's few connections to the shop, kept open between rounds: a new connection costs a
 * TLS handshake and a password exchange (SCRAM), far more than the statements of a round. A
 * connection whose statement failed is dropped rather than given back, so a connection that died
 * with the network is never used again.
 */
export class ShopPool {
  private readonly pool: pg.Pool;

  constructor(address: ShopAddress, password: string, size: number, times: ShopConnectTimes = shopConnectTimes) {
    this.pool = new pg.Pool({
      ...clientConfig(address, password, times),
      max: size,
      idleTimeoutMillis: 60_000,
    });
    // An idle connection that dies (server restart, cable pulled) must never bring the app down.
    this.pool.on('error', () => undefined);
  }

  async session(): Promise<ShopSession> {
    const client = await this.pool.connect();
    let broken = false;
    // A checked-out connection reports its death on itself, not on the pool: unheard, that event
    // would end the process. Heard, it only marks the connection as not to be given back.
    const died = () => {
      broken = true;
    };
    client.on('error', died);
    const query = ((...args: unknown[]) =>
      (client.query as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
        broken = true;
        throw error;
      })) as ClientBase['query'];
    let released = false;
    return {
      query,
      end: async () => {
        if (released) return;
        released = true;
        client.off('error', died);
        client.release(broken);
      },
    };
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

/** The shop server was not reached at all: nothing was handed over, so doing it locally instead is safe. */
export class ShopUnreachable extends Error {
  constructor(cause: unknown) {
    super('The shop server could not be reached', { cause });
    this.name = 'ShopUnreachable';
  }
}

function clientConfig(address: ShopAddress, password: string, times: ShopConnectTimes): pg.ClientConfig {
  return {
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    password,
    ssl: address.tls ? { rejectUnauthorized: true, servername: address.host } : false,
    connectionTimeoutMillis: times.connectMs,
    query_timeout: times.statementMs,
    application_name: 'PayDesk',
  };
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
