import { AppFailure, fail, type AppError, type Result } from '../../shared/result';
import type { HttpClient, HttpRequest, HttpResponse } from '../http/http-client';
import { HttpFailure, httpFailureToError } from '../http/http-failure';

/**
 * Small shared steps of the Ödüyo and İşbank adapters: send, classify the status, read JSON.
 * Internals throw `AppFailure`; `asResult` turns that back into data at the adapter's edge.
 */

/** Sends one request; transport failures become app errors (ambiguous when a side effect may have happened). */
export async function exchange(http: HttpClient, req: HttpRequest, sideEffect: boolean): Promise<HttpResponse> {
  try {
    return await http.request(req);
  } catch (error) {
    if (error instanceof HttpFailure) throw new AppFailure(httpFailureToError(error, sideEffect));
    throw error;
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Is this an answer from the provider's own application (JSON), rather than a proxy's page? */
export const isJsonText = (text: string): boolean => parseJson(text) !== undefined;

function retryAfterMs(res: HttpResponse): number | undefined {
  const header = res.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(Math.round(seconds * 1000), 3_600_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.min(date - Date.now(), 3_600_000));
}

/**
 * 429 and 5xx: the provider could not serve us. A JSON 5xx comes from the provider's application,
 * which failed the call: retry later. A non-JSON answer (an HTML gateway page) on a call with a
 * side effect says nothing about whether the provider acted: ambiguous.
 */
export function throwIfUnavailable(res: HttpResponse, sideEffect: boolean, host: string): void {
  if (res.status === 429) {
    throw AppFailure.of('provider-unavailable', `${host} asked us to slow down (429)`, { retryAfterMs: retryAfterMs(res) });
  }
  if (res.status < 500) return;
  if (sideEffect && !isJsonText(res.text)) {
    throw AppFailure.of('ambiguous', `${host} answered ${res.status} with a page we cannot read; the request may have been processed`);
  }
  throw AppFailure.of('provider-unavailable', `${host} is not available (${res.status})`, { retryAfterMs: retryAfterMs(res) });
}

/** A 2xx body we cannot read. For a side effect the provider probably acted: ambiguous. */
export function unreadable(host: string, sideEffect: boolean, what: string): AppFailure {
  return new AppFailure(httpFailureToError(new HttpFailure('bad-body', `${host} sent ${what} we cannot read`), sideEffect));
}

/** Provider text kept for the user: one line, no markup, bounded. */
export function providerText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 500) : undefined;
}

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

export const failure = (code: AppError['code'], message: string, extra: Partial<AppError> = {}): AppFailure =>
  AppFailure.of(code, message, extra);

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the provider';
  }
}
