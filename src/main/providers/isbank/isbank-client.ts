import type { UserText } from '@shared/result';
import { z } from 'zod';
import type { ProviderContext } from '../provider';
import { exchangeOrThrow, failure, hostOf, parseJson, providerText, throwIfUnavailable, unreadable } from '../provider-http';
import type { IsbankTls } from './isbank-tls';
import type { IsbankTokens } from './isbank-token';

/**
 * İşbank's API portal (IBM API Connect): headers `X-IBM-client-id`, `X-IBM-client-secret` and a
 * Bearer token on every call, JSON bodies, answers wrapped as `{"data": …, "infos": [...]}`.
 * A 401 drops the token and retries once with a new one (a 401 was not processed).
 */
type Ctx = ProviderContext<'isbank'>;

export interface IsbankInfo {
  code?: string;
  message?: string;
  messageForCustomer?: string;
}

export interface IsbankAnswer {
  /** The `data` member, or the whole body when an answer comes without the wrapper. */
  data: unknown;
  infos: IsbankInfo[];
}

export interface IsbankCall {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** True for calls that create something (a link, a payment): lost answers are then ambiguous. */
  sideEffect: boolean;
  /** What the call is about, for the log ("merchants", "the payment link" …). */
  what: string;
  /** What a 404 means, in the user's words (an unknown merchant number, an unknown service …). */
  notFound: UserText;
}

const text = z.union([z.string(), z.number()]).transform((v) => String(v));
const infoSchema = z.object({ code: text.optional(), message: text.optional(), message_for_customer: text.optional() });

export function readInfos(body: unknown): IsbankInfo[] {
  const infos = body && typeof body === 'object' ? (body as { infos?: unknown }).infos : undefined;
  if (!Array.isArray(infos)) return [];
  return infos.flatMap((item) => {
    const parsed = infoSchema.safeParse(item);
    if (!parsed.success) return [];
    return [
      {
        code: providerText(parsed.data.code),
        message: providerText(parsed.data.message),
        messageForCustomer: providerText(parsed.data.message_for_customer),
      },
    ];
  });
}

/** The best words the provider gave about a failure: infos, IBM gateway fields, or `message`. */
function providerWords(body: unknown): string | undefined {
  const info = readInfos(body)[0];
  if (info) return info.messageForCustomer ?? info.message;
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const first = Array.isArray(b.errors) ? (b.errors[0] as Record<string, unknown> | undefined) : undefined;
  return providerText(b.moreInformation) ?? providerText(b.message) ?? providerText(first?.message) ?? providerText(b.error_description);
}

export function createIsbankClient(ctx: Ctx, tokens: IsbankTokens, tls: IsbankTls, timeoutMs?: number) {
  const host = hostOf(ctx.baseUrl);

  function url(call: IsbankCall): string {
    const target = new URL(`${ctx.baseUrl}${call.path}`);
    for (const [key, value] of Object.entries(call.query ?? {})) target.searchParams.set(key, String(value));
    return target.toString();
  }

  const send = (call: IsbankCall, token: string) =>
    exchangeOrThrow(
      ctx.http,
      {
        method: call.method,
        url: url(call),
        headers: {
          accept: 'application/json',
          'x-ibm-client-id': ctx.secrets.clientId,
          'x-ibm-client-secret': ctx.secrets.clientSecret,
          authorization: `Bearer ${token}`,
          ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: call.body !== undefined ? JSON.stringify(call.body) : undefined,
        timeoutMs,
        dispatcher: tls.dispatcher(ctx),
      },
      call.sideEffect,
    );

  return {
    async call(call: IsbankCall): Promise<IsbankAnswer> {
      let token = await tokens.token(ctx);
      let res = await send(call, token);
      if (res.status === 401) {
        token = await tokens.renew(ctx, token);
        res = await send(call, token);
        if (res.status === 401) {
          tokens.forget(ctx);
          throw failure('auth-failed', `İşbank refused a fresh token for ${call.what} (401)`);
        }
      }
      throwIfUnavailable(res, { provider: host, sideEffect: call.sideEffect, now: ctx.clock.now() });
      const json = parseJson(res.text);
      const said = providerWords(json);
      const extra = said ? { providerMessage: said } : {};
      if (res.status === 403) throw failure('auth-failed', `İşbank did not allow ${call.what} for this application (403)`, extra);
      if (res.status === 404) throw failure('not-found', `İşbank answered 404 for ${call.what}`, { ...extra, userText: call.notFound });
      if (res.status < 200 || res.status > 299) {
        throw failure('provider-rejected', `İşbank refused ${call.what} (HTTP ${res.status})`, extra);
      }
      if (json === undefined || json === null || typeof json !== 'object') throw unreadable(host, call.sideEffect, `an answer about ${call.what}`);
      const data = 'data' in json ? (json as { data: unknown }).data : json;
      return { data, infos: readInfos(json) };
    },
  };
}
export type IsbankClient = ReturnType<typeof createIsbankClient>;
