import { userText } from '@shared/i18n/user-text';
import { AppFailure, fail, type AppError, type Result } from '@shared/result';
import type { HttpClient, HttpRequest, HttpResponse } from '../http/http-client';
import { HttpFailure, httpFailureToError } from '../http/http-failure';

/**
 * The transport steps every adapter shares, one copy of each rule: send, classify the status the
 * same way whatever the provider, read JSON, keep provider text. PayTR and Paynet return errors as
 * data (`exchange`); Ödüyo and İşbank throw `AppFailure` inside and turn it back into data at their
 * edge (`exchangeOrThrow`, `throwIfUnavailable`, `asResult`), over the same rules.
 */

/** Sends one request; transport failures become app errors as data (ambiguous when a side effect may have happened). */
export async function exchange(http: HttpClient, request: HttpRequest, sideEffect: boolean): Promise<Result<HttpResponse>> {
  // The client's deadline covers the whole exchange, body included.
  try {
    return { ok: true, value: await http.request(request) };
  } catch (error) {
    if (error instanceof HttpFailure) return { ok: false, error: httpFailureToError(error, sideEffect) };
    // Never echo the thrown text: it could carry request details.
    return fail('internal', 'Unexpected failure while calling the provider');
  }
}

/** `exchange` for adapters that throw inside. */
export async function exchangeOrThrow(http: HttpClient, request: HttpRequest, sideEffect: boolean): Promise<HttpResponse> {
  const sent = await exchange(http, request, sideEffect);
  if (!sent.ok) throw new AppFailure(sent.error);
  return sent.value;
}

/** The longest pause a provider can ask for: a busy provider must not hold the counter's queue for longer. */
const RETRY_AFTER_CAP_MS = 60 * 60 * 1000;

/** Retry-After as milliseconds: delta-seconds or an HTTP date, at most an hour; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(Math.round(Number(text) * 1000), RETRY_AFTER_CAP_MS);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, Math.min(at - now.getTime(), RETRY_AFTER_CAP_MS)) : undefined;
}

/**
 * Statuses that mean "the provider is busy or broken", whatever the provider: 429 and 5xx are
 * retried later. On a side-effect call, a gateway error (502/504, JSON or not) or a 5xx that is not
 * JSON (a proxy's HTML page) is `ambiguous`: the upstream may already have processed the request.
 */
export function transientStatusError(response: HttpResponse, options: { provider: string; sideEffect: boolean; now: Date }): AppError | undefined {
  const { status } = response;
  const wait = retryAfterMs(response.headers.get('retry-after'), options.now);
  const later = wait !== undefined ? { retryAfterMs: wait } : {};
  if (status === 429) return AppFailure.of('provider-unavailable', `${options.provider} asked us to slow down (HTTP 429)`, later).error;
  if (status < 500 || status > 599) return undefined;
  const fromGateway = status === 502 || status === 504 || parseJson(response.text) === undefined;
  if (options.sideEffect && fromGateway) {
    return AppFailure.of('ambiguous', `${options.provider} gateway error (HTTP ${status}); the request may have been processed`).error;
  }
  return AppFailure.of('provider-unavailable', `${options.provider} is unavailable (HTTP ${status})`, later).error;
}

/** `transientStatusError` for adapters that throw inside. */
export function throwIfUnavailable(response: HttpResponse, options: { provider: string; sideEffect: boolean; now: Date }): void {
  const error = transientStatusError(response, options);
  if (error) throw new AppFailure(error);
}

/** JSON.parse without throwing; undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Provider text kept for the user: one line, no markup, bounded; undefined when there is none. */
export function providerText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 500) : undefined;
}

/** An answer we cannot read: after a side effect we do not know what happened. */
export function unreadableAnswer(provider: string, sideEffect: boolean, what = 'an answer'): AppError {
  return sideEffect
    ? AppFailure.of('ambiguous', `${provider} sent ${what} we cannot read; the request may have been processed`).error
    : AppFailure.of('provider-unavailable', `${provider} sent ${what} we cannot read`).error;
}

/**
 * A create answer whose link address is not one PayDesk passes on (linkUrlSchema: another scheme,
 * invisible characters, too long). The provider has most likely made a link: ambiguous, with words
 * that say so, never a retry.
 */
export function untrustedLinkAnswer(provider: string): AppError {
  return AppFailure.of('ambiguous', `${provider} answered with a link address PayDesk does not pass on`, {
    userText: userText('link.untrusted-url'),
  }).error;
}

/** `unreadableAnswer` for adapters that throw inside. */
export const unreadable = (provider: string, sideEffect: boolean, what: string): AppFailure => new AppFailure(unreadableAnswer(provider, sideEffect, what));

/** Runs adapter internals and returns errors as data; an unexpected exception is `internal`, without details. */
export async function asResult<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, error: error.error };
    const name = error instanceof Error ? error.name : 'unknown';
    return fail('internal', `Unexpected ${name} in the provider adapter`);
  }
}

export const failure = (code: AppError['code'], message: string, extra: Partial<AppError> = {}): AppFailure => AppFailure.of(code, message, extra);

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the provider';
  }
}
