import type { OutboxState } from '@shared/domain/outbox-item';
import { AppFailure, type AppError } from '@shared/result';

/**
 * Where an item goes after a failed attempt:
 * - nothing reached the provider, or it was busy (network, timeout of a read, 5xx, 429) → retry later;
 * - the request may have been processed and the answer was lost (ambiguous), or PayDesk itself
 *   failed half way (internal) → unknown: never sent again blindly;
 * - the provider (or our own checks, or the keychain) said no → failed, the user edits it.
 */
export function stateAfter(error: AppError): Extract<OutboxState, 'retry-wait' | 'unknown' | 'failed'> {
  switch (error.code) {
    case 'network':
    case 'timeout':
    case 'provider-unavailable':
      return 'retry-wait';
    case 'ambiguous':
    case 'internal':
      return 'unknown';
    default:
      return 'failed';
  }
}

/** Any thrown value as an AppError; unexpected exceptions never leak their text. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.error;
  return AppFailure.of('internal', `Unexpected ${error instanceof Error ? error.name : 'failure'} in the link service`).error;
}
