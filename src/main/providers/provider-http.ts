import { AppFailure, fail, type AppError, type Result } from '../../shared/result';
import type { HttpClient, HttpRequest, HttpResponse } from '../http/http-client';
import { HttpFailure, httpFailureToError } from '../http/http-failure';

/**
 * Transport steps shared by the PayTR and Paynet adapters (Ödüyo/İşbank use json-exchange.ts):
 * one exchange that turns transport failures into app errors as data, and the HTTP statuses whose
 * meaning does not depend on the provider.
 */
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

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text), 86_400) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, Math.min(at - now.getTime(), 86_400_000)) : undefined;
}

/**
 * Statuses that mean "the provider is busy or broken", whatever the provider: 429 and 5xx are
 * retried later. On a side-effect call, a gateway error (502/504) or a 5xx that is not JSON (a
 * proxy's HTML page) is `ambiguous`: the upstream may already have processed the request.
 */
export function transientStatusError(
  response: HttpResponse,
  options: { provider: string; sideEffect: boolean; now: Date },
): AppError | undefined {
  const { status } = response;
  if (status === 429) {
    const wait = retryAfterMs(response.headers.get('retry-after'), options.now);
    return AppFailure.of('provider-unavailable', `${options.provider} asked us to slow down (HTTP 429)`, {
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    }).error;
  }
  if (status < 500 || status > 599) return undefined;
  const fromGateway = status === 502 || status === 504 || !parseJson(response.text).ok;
  if (options.sideEffect && fromGateway) {
    return AppFailure.of('ambiguous', `${options.provider} gateway error (HTTP ${status}); the request may have been processed`).error;
  }
  return AppFailure.of('provider-unavailable', `${options.provider} is unavailable (HTTP ${status})`).error;
}

/** Provider text kept for the user: one line, no markup, bounded. */
export function providerText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

/** JSON.parse without throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** An answer we cannot read: after a side effect we do not know what happened. */
export function unreadableAnswer(provider: string, sideEffect: boolean): AppError {
  return sideEffect
    ? AppFailure.of('ambiguous', `${provider} answered with something unreadable; the request may have been processed`).error
    : AppFailure.of('provider-unavailable', `${provider} answered with something unreadable`).error;
}
