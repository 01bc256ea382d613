import type { Language } from '../domain/settings';
import type { AppError, ErrorCode } from '../result';
import { errorCodes } from '../result';
import { translate } from './translate';

export interface ErrorText {
  /** The main sentence for the user. */
  message: string;
  /** Extra facts worth showing (what the provider said, how long to wait); never a stack or raw log text. */
  details: string[];
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

/**
 * Turns an error from main into words for the user. A specific `userMessage` wins over the
 * per-code text; `message` (meant for logs) is never shown.
 */
export function errorText(error: Pick<AppError, 'code' | 'userMessage' | 'providerMessage' | 'retryAfterMs'>, language: Language): ErrorText {
  const code: ErrorCode = knownCodes.has(error.code) ? error.code : 'internal';
  const message = error.userMessage?.[language]?.trim() || translate(language, `error.${code}`);
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
