import pg from 'pg';
import type { CallbackProvider } from './callback-request';

/** Where the relay puts callbacks: one call of relay_store_callback, committed before it returns. */
export interface CallbackStore {
  /** True when stored for the token's shop; false for a token no shop has. Throws when the database cannot be reached. */
  store(token: string, provider: CallbackProvider, body: string, headers: Record<string, string>): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The shop database, through a small pool. Each call is one statement in autocommit: when it
 * returns, the row is committed, so the relay may answer PayTR's `OK`.
 */
export function postgresCallbackStore(databaseUrl: string, onIdleError: (code: string) => void): CallbackStore {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 5_000,
    application_name: 'paydesk-relay',
  });
  // A connection that breaks while idle is dropped by the pool; the next request gets a new one.
  pool.on('error', (error: Error & { code?: string }) => onIdleError(error.code ?? 'connection-lost'));
  return {
    async store(token, provider, body, headers) {
      const result = await pool.query<{ stored: boolean }>('SELECT relay_store_callback($1, $2, $3, $4) AS stored', [
        token,
        provider,
        body,
        JSON.stringify(headers),
      ]);
      return result.rows[0]?.stored === true;
    },
    close: () => pool.end(),
  };
}
