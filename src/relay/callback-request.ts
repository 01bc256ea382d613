import type { IncomingHttpHeaders } from 'node:http';

/**
 * What a provider's callback request must look like before the relay stores it. The relay cannot
 * tell a genuine callback from a forged one (it holds no merchant keys, by design): it only keeps
 * out what is not even shaped like one. Counters verify the rest.
 */
export type CallbackProvider = 'paytr' | 'paynet';

export type Route = { kind: 'callback'; provider: CallbackProvider; token: string } | { kind: 'wrong-method' } | { kind: 'not-found' };

/** A shop token as provisioned: 22–128 URL-safe characters (provisionShop makes 32, ≥ 128 bits). */
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;
const PATH = /^\/(paytr|paynet)\/([^/]*)$/;

/** `POST /paytr/<token>` or `POST /paynet/<token>`; anything else is not found or the wrong method. */
export function routeOf(method: string | undefined, rawUrl: string | undefined): Route {
  const path = (rawUrl ?? '').split('?')[0] ?? '';
  const match = PATH.exec(path);
  if (!match) return { kind: 'not-found' };
  if (method !== 'POST') return { kind: 'wrong-method' };
  return { kind: 'callback', provider: match[1] as CallbackProvider, token: match[2] ?? '' };
}

/** Whether the path's token could be one at all; a malformed one is answered like an unknown one. */
export const tokenShaped = (token: string): boolean => TOKEN.test(token);

/** PayTR posts a form; Paynet posts JSON (docs/providers). */
export const expectedContentType: Record<CallbackProvider, string> = {
  paytr: 'application/x-www-form-urlencoded',
  paynet: 'application/json',
};

export function contentTypeFits(provider: CallbackProvider, header: string | undefined): boolean {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() === expectedContentType[provider];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body as text when it is shaped like the provider's callback, else undefined (→ 400, nothing stored). */
export function callbackText(provider: CallbackProvider, bytes: Buffer): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (provider === 'paytr') {
    const form = new URLSearchParams(text);
    return form.get('merchant_oid') && form.get('hash') ? text : undefined;
  }
  try {
    return isObject(JSON.parse(text)) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The few headers a counter may want beside the body (never cookies or authorisation). */
export function keptHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['content-type', 'user-agent', 'x-forwarded-for', 'x-real-ip']) {
    const value = headers[name];
    if (typeof value === 'string' && value !== '') kept[name] = value.slice(0, 200);
  }
  return kept;
}
