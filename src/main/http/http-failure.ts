import { AppFailure, type AppError } from '@shared/result';

/**
 * Why an HTTP exchange did not produce a usable answer. The distinction that matters is whether
 * the request may have been processed by the provider:
 * - `unreachable`: nothing was sent (refused, DNS, no route): safe to retry.
 * - `timeout`, `reset`: the request left; the provider may have acted on it.
 * - `too-large`, `bad-body`: the provider answered, but not with anything we can read.
 */
export type HttpFailureKind = 'unreachable' | 'timeout' | 'reset' | 'too-large' | 'bad-body';

export class HttpFailure extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

/**
 * Turns a transport failure into the app's error. `sideEffect` is true for calls that create or
 * change something at the provider: then a lost answer is `ambiguous`, never a plain retry.
 */
export function httpFailureToError(failure: HttpFailure, sideEffect: boolean): AppError {
  const code = (() => {
    switch (failure.kind) {
      case 'unreachable':
        return 'network' as const;
      case 'timeout':
        return sideEffect ? ('ambiguous' as const) : ('timeout' as const);
      case 'reset':
        return sideEffect ? ('ambiguous' as const) : ('network' as const);
      default:
        return sideEffect ? ('ambiguous' as const) : ('provider-unavailable' as const);
    }
  })();
  return AppFailure.of(code, failure.message).error;
}
