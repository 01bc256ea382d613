import type { Language } from '../../src/shared/domain/settings';
import { errorText } from '../../src/shared/i18n/error-text';
import { bothLanguages, sayUserText } from '../../src/shared/i18n/user-text';
import type { AppError, LocalizedText, UserText } from '../../src/shared/result';

/** What the user reads for an error (main sends catalog keys; the shared rules both languages). */
export function said(error: Pick<AppError, 'code' | 'userText' | 'userMessage'> | undefined, language: Language = 'tr'): string {
  return error ? errorText(error, language).message : '';
}

/** A reason that is either main's catalog sentence or a shared rule's two-language text, in `language`. */
export function reasonIn(reason: UserText | LocalizedText, language: Language): string {
  return 'key' in reason ? (sayUserText(reason, language) ?? '') : reason[language];
}

/**
 * The value with every error's `userText` also spelt out as `userMessage` in both languages, so a
 * test can match what the user reads (`userMessage: { tr: expect.stringContaining(…) }`).
 */
export function withWords<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => withWords(v)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Error && !('error' in value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = withWords(v);
  const text = (value as { userText?: UserText }).userText;
  if (text) out.userMessage = bothLanguages(text);
  return out as T;
}
