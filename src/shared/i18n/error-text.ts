import type { Language } from '../domain/settings';
import type { AppError, ErrorCode, LocalizedText } from '../result';
import { errorCodes } from '../result';
import { translate } from './translate';
import { bothLanguages, sayUserText } from './user-text';

export interface ErrorText {
  /** The main sentence for the user. */
  message: string;
  /** Extra facts worth showing (what the provider said, how long to wait); never a stack or raw log text. */
  details: string[];
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

/**
 * Turns an error from main into words for the user. A specific `userText` (or the both-language
 * `userMessage` of the input rules and of older records) wins over the per-code text; `message`
 * (meant for logs) is never shown.
 */
export function errorText(error: Pick<AppError, 'code' | 'userText' | 'userMessage' | 'providerMessage' | 'retryAfterMs'>, language: Language): ErrorText {
  const code: ErrorCode = knownCodes.has(error.code) ? error.code : 'internal';
  const specific = (error.userText && sayUserText(error.userText, language)) || error.userMessage?.[language]?.trim();
  const message = specific || translate(language, `error.${code}`);
  const details: string[] = [];
  const said = error.providerMessage?.trim();
  if (said) details.push(translate(language, 'error.providerSaid', { message: said.slice(0, 300) }));
  if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
    details.push(translate(language, 'error.retryAfter', { seconds: Math.ceil(error.retryAfterMs / 1000) }));
  }
  return { message, details };
}

/** One line: the message followed by its details. */
export function errorLine(error: Parameters<typeof errorText>[0], language: Language): string {
  const { message, details } = errorText(error, language);
  return [message, ...details].join(' ');
}

/** The specific words of an error in both languages, when it has some (form issues keep both). */
export function specificWords(error: Pick<AppError, 'userText' | 'userMessage'>): LocalizedText | undefined {
  return (error.userText && bothLanguages(error.userText)) || error.userMessage;
}
