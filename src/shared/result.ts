import { z } from 'zod';

/** The closed set of error codes that may cross the IPC seam. The renderer maps each to text. */
export const errorCodes = [
  'invalid-input',
  'credential-missing',
  'keychain-unavailable',
  'auth-failed',
  'provider-rejected',
  'provider-unavailable',
  'network',
  'timeout',
  'ambiguous',
  'not-found',
  'conflict',
  'unsupported',
  /** Another PayDesk (this or another computer) has the data folder open. */
  'data-folder-in-use',
  /** A data file could not be written: disk full, read-only folder, permission denied. */
  'storage-write-failed',
  'internal',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Text for the user in both UI languages, when a generic per-code text is not enough. */
export const localizedTextSchema = z.object({ tr: z.string().max(2000), en: z.string().max(2000) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A sentence of the UI catalog (src/shared/i18n) by its key, with its parameters: main says what
 * happened, the renderer says it in the user's language. Unknown keys fall back to the code's text.
 */
const sentenceSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9.-]{1,100}$/),
  params: z.record(z.string().max(40), z.union([z.string().max(500), z.number()])).optional(),
});
export const userTextSchema = sentenceSchema.extend({
  /** Sentences said after it (what a failed write means for the link being made). */
  more: z.array(sentenceSchema).max(3).optional(),
});
export type UserText = z.infer<typeof userTextSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  /** Plain words for logs and support; never a secret. The UI shows its own text per code. */
  message: z.string().max(2000),
  retryable: z.boolean(),
  /** What the provider itself said, kept for the user (e.g. PayTR's `reason`). */
  providerMessage: z.string().max(2000).optional(),
  /** Which input field was wrong, for inline form errors. */
  field: z.string().max(200).optional(),
  /** Set when the provider asked us to wait (HTTP 429 Retry-After). */
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** What main has to say beyond the code: a catalog sentence and its parameters. */
  userText: userTextSchema.optional(),
  /**
   * Both languages at once: the shared input rules' issues (the same words the form shows), and
   * errors recorded by older versions (timelines keep them).
   */
  userMessage: localizedTextSchema.optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Codes a caller may retry without changing anything. */
const retryableCodes: ReadonlySet<ErrorCode> = new Set(['provider-unavailable', 'network', 'timeout']);

export function fail(code: ErrorCode, message: string, extra: Partial<Omit<AppError, 'code' | 'message'>> = {}): {
  ok: false;
  error: AppError;
} {
  return { ok: false, error: { code, message, retryable: retryableCodes.has(code), ...extra } };
}

/** An error that carries an AppError through code that throws; converted back at the seam. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
  static of(code: ErrorCode, message: string, extra: Partial<Omit<AppError, 'code' | 'message'>> = {}): AppFailure {
    return new AppFailure(fail(code, message, extra).error);
  }
}
