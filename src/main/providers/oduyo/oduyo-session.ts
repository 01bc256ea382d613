import { CredentialCache, credentialKey, type CachedCredential } from '../credential-cache';
import type { ProviderContext } from '../provider';
import { exchangeOrThrow, failure, hostOf, parseJson, providerText, throwIfUnavailable } from '../provider-http';

/**
 * Ödüyo sessions: `POST {base}/ws/login` (form-encoded) gives a session id that lives 60 minutes.
 * One session per account is reused by every call until shortly before it expires; concurrent
 * callers share one login in flight. The cache lives in the adapter instance, keyed by account id
 * and a hash of the credentials, so changed credentials never reuse an old session.
 */
export const SESSION_LIFETIME_MS = 60 * 60 * 1000;
/** Renew 5 minutes early: clock skew and a long call must not run into the server's expiry. */
export const SESSION_MARGIN_MS = 5 * 60 * 1000;
export const LOGIN_TIMEOUT_MS = 20_000;

type Ctx = ProviderContext<'oduyo'>;

export class OduyoSessions {
  private readonly cache = new CredentialCache();
  /** Logins performed by this cache (useful for diagnostics; tests count on the emulator). */
  logins = 0;

  /** A live session id: the cached one, the login already in flight, or a new login. */
  session(ctx: Ctx, options: { fresh?: boolean } = {}): Promise<string> {
    return this.cache.get(cacheKey(ctx), ctx.clock.now().getTime(), () => this.login(ctx), options);
  }

  /**
   * The provider said 401 to `sessionId`: forget it, unless another caller already replaced it,
   * then hand out the replacement (one login for all callers that saw the same 401).
   */
  renew(ctx: Ctx, staleSessionId: string): Promise<string> {
    return this.cache.renew(cacheKey(ctx), staleSessionId, ctx.clock.now().getTime(), () => this.login(ctx));
  }

  forget(ctx: Ctx): void {
    this.cache.forget(cacheKey(ctx));
  }

  private async login(ctx: Ctx): Promise<CachedCredential> {
    const form = new URLSearchParams({
      username: ctx.account.settings.username,
      password: ctx.secrets.password,
      oduyo_api_key: ctx.secrets.apiKey,
    });
    const host = hostOf(ctx.baseUrl);
    const res = await exchangeOrThrow(
      ctx.http,
      {
        method: 'POST',
        url: `${ctx.baseUrl}/ws/login`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        timeoutMs: LOGIN_TIMEOUT_MS,
      },
      false,
    );
    throwIfUnavailable(res, { provider: host, sideEffect: false, now: ctx.clock.now() });
    const json = parseJson(res.text);
    const said = json && typeof json === 'object' ? providerText((json as { message?: unknown }).message) : undefined;
    const extra = said ? { providerMessage: said } : {};
    if (res.status === 401 || res.status === 403 || (json as { status?: unknown } | undefined)?.status === false) {
      throw failure('auth-failed', `Ödüyo login was refused (HTTP ${res.status})`, extra);
    }
    if (res.status < 200 || res.status > 299) {
      throw failure('provider-rejected', `Ödüyo login answered HTTP ${res.status}`, extra);
    }
    const sessionId = sessionIdFrom(json, res.text);
    if (!sessionId) {
      throw failure('provider-rejected', 'Ödüyo login answer carries no session id in any known field', extra);
    }
    this.logins += 1;
    return { value: sessionId, expiresAt: ctx.clock.now().getTime() + SESSION_LIFETIME_MS - SESSION_MARGIN_MS };
  }
}

/** A session id is one token (hex, base64, JWT-like); markup or prose is not a session id. */
const SESSION_TOKEN = /^[A-Za-z0-9._~+/=:-]{8,1024}$/;

/**
 * Where Ödüyo puts the session id is undocumented: `data`, `data.session_id`, `session_id`,
 * `SESSION_ID` (also inside `data`), or the whole body as a plain string.
 */
export function sessionIdFrom(json: unknown, text: string): string | undefined {
  const candidates: unknown[] = [];
  if (typeof json === 'string') candidates.push(json);
  else if (json && typeof json === 'object') {
    const body = json as Record<string, unknown>;
    const data = body.data;
    candidates.push(data);
    if (data && typeof data === 'object') {
      const inner = data as Record<string, unknown>;
      candidates.push(inner.session_id, inner.SESSION_ID);
    }
    candidates.push(body.session_id, body.SESSION_ID);
  } else if (json === undefined) {
    candidates.push(text.trim());
  }
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && SESSION_TOKEN.test(candidate.trim())) return candidate.trim();
  }
  return undefined;
}

/** Account id plus a hash of everything that identifies the login; secrets never leave the hash. */
export function cacheKey(ctx: Ctx): string {
  return credentialKey(ctx.account.id, [ctx.baseUrl, ctx.account.settings.username, ctx.secrets.password, ctx.secrets.apiKey]);
}
