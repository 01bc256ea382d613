import { z } from 'zod';

/**
 * The relay's settings, from the environment. Only DATABASE_URL is required (a login role in
 * `paydesk_relay`, which can do nothing but store callbacks); the limits have safe defaults.
 */
export interface RelayConfig {
  databaseUrl: string;
  host: string;
  port: number;
  /** Bodies above this are refused (413) before they are read to the end. PayTR and Paynet send well under 2 KB. */
  maxBodyBytes: number;
  /** Per token: a burst of this many requests, refilled at `ratePerSecond`. */
  rateBurst: number;
  ratePerSecond: number;
  /** Across all tokens, so random tokens cannot keep the database busy either. */
  globalBurst: number;
  globalPerSecond: number;
  /** Buckets kept at most (least recently used dropped first): random tokens cannot grow memory. */
  maxTrackedTokens: number;
  /** How often the counts are logged (only when they changed). */
  logIntervalMs: number;
}

const number = (min: number, max: number) => z.coerce.number().min(min).max(max);

const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// address'),
  HOST: z.string().min(1).max(100).default('127.0.0.1'),
  PORT: number(0, 65_535).int().default(8080),
  RELAY_MAX_BODY_BYTES: number(256, 16_384).int().default(8_192),
  RELAY_RATE_BURST: number(1, 10_000).default(20),
  RELAY_RATE_PER_SECOND: number(0, 10_000).default(2),
  RELAY_GLOBAL_BURST: number(1, 100_000).default(400),
  RELAY_GLOBAL_PER_SECOND: number(0, 100_000).default(200),
  RELAY_MAX_TRACKED_TOKENS: number(10, 1_000_000).int().default(10_000),
  RELAY_LOG_INTERVAL_MS: number(100, 86_400_000).int().default(60_000),
});

/** The settings, or the list of what is wrong (names only: DATABASE_URL holds a password and is never echoed). */
export function readRelayConfig(env: NodeJS.ProcessEnv): { ok: true; config: RelayConfig } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const e = parsed.data;
  return {
    ok: true,
    config: {
      databaseUrl: e.DATABASE_URL,
      host: e.HOST,
      port: e.PORT,
      maxBodyBytes: e.RELAY_MAX_BODY_BYTES,
      rateBurst: e.RELAY_RATE_BURST,
      ratePerSecond: e.RELAY_RATE_PER_SECOND,
      globalBurst: e.RELAY_GLOBAL_BURST,
      globalPerSecond: e.RELAY_GLOBAL_PER_SECOND,
      maxTrackedTokens: e.RELAY_MAX_TRACKED_TOKENS,
      logIntervalMs: e.RELAY_LOG_INTERVAL_MS,
    },
  };
}
