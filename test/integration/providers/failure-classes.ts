import type { Fault } from '../../emulators/emulator-server';

/**
 * The app's one failure policy, as fault → error code, shared by every adapter's failure tests.
 * On a call that creates something, any answer that is lost or unreadable is `ambiguous` (the link
 * may exist); on a read it is a plain retryable error.
 */
export type FailureCase = [name: string, fault: Fault, code: string];

export const RETRY_AFTER_SECONDS = 7;

export const sideEffectFailureClasses: FailureCase[] = [
  ['a JSON 500', { kind: 'status', status: 500 }, 'provider-unavailable'],
  ['a JSON 503', { kind: 'status', status: 503 }, 'provider-unavailable'],
  // A gateway's 502 / 504, even in JSON, says nothing of what the provider behind it did.
  ['a JSON 502 (gateway)', { kind: 'status', status: 502 }, 'ambiguous'],
  ['a JSON 504 (gateway)', { kind: 'status', status: 504 }, 'ambiguous'],
  ['429', { kind: 'rate-limit', retryAfterSeconds: RETRY_AFTER_SECONDS }, 'provider-unavailable'],
  ['reset before processing', { kind: 'reset-before-processing' }, 'ambiguous'],
  ['reset after processing', { kind: 'reset-after-processing' }, 'ambiguous'],
  ['an HTML page', { kind: 'html' }, 'ambiguous'],
  ['truncated JSON', { kind: 'truncated-json' }, 'ambiguous'],
  ['a huge body', { kind: 'huge-body', bytes: 3 * 1024 * 1024 }, 'ambiguous'],
  ['a never-finishing body', { kind: 'never-finish' }, 'ambiguous'],
];

export const readFailureClasses: FailureCase[] = [
  ['a JSON 500', { kind: 'status', status: 500 }, 'provider-unavailable'],
  ['a JSON 502', { kind: 'status', status: 502 }, 'provider-unavailable'],
  ['429', { kind: 'rate-limit', retryAfterSeconds: RETRY_AFTER_SECONDS }, 'provider-unavailable'],
  ['reset', { kind: 'reset-after-processing' }, 'network'],
  ['an HTML page', { kind: 'html' }, 'provider-unavailable'],
  ['truncated JSON', { kind: 'truncated-json' }, 'provider-unavailable'],
  ['a huge body', { kind: 'huge-body', bytes: 3 * 1024 * 1024 }, 'provider-unavailable'],
  ['a never-finishing body', { kind: 'never-finish' }, 'timeout'],
];
