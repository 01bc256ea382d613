import { z } from 'zod';
import { CredentialCache, credentialKey, type CachedCredential } from '../credential-cache';
import type { ProviderContext } from '../provider';
import { exchangeOrThrow, failure, hostOf, parseJson, providerText, throwIfUnavailable, unreadable } from '../provider-http';
import type { IsbankTls } from './isbank-tls';

/**
 * OAuth2 client credentials for İşbank's API portal. The token URL and scope are account settings
 * (unverified); the default is the path community code uses. A token is reused until 60 s before
 * its `expires_in`, and concurrent callers share one token request in flight.
 */
export const DEFAULT_TOKEN_PATH = '/api/isbank/v1/identity-provider/oauth2/token';
export const TOKEN_MARGIN_MS = 60_000;
/** When the answer has no `expires_in`: the ~20 minutes İşbank tokens are known to live. */
export const DEFAULT_TOKEN_LIFETIME_S = 1200;

type Ctx = ProviderContext<'isbank'>;

const seconds = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v), z.number().int().positive());
const tokenSchema = z.object({
  access_token: z.string().trim().regex(/^[A-Za-z0-9._~+/=-]{8,8192}$/),
  token_type: z.string().optional(),
  expires_in: seconds.optional(),
});

export function tokenUrlOf(ctx: Ctx): string {
  return ctx.account.settings.tokenUrl?.trim().replace(/\/+$/, '') || `${ctx.baseUrl}${DEFAULT_TOKEN_PATH}`;
}

export class IsbankTokens {
  private readonly cache = new CredentialCache();

  constructor(
    private readonly tls: IsbankTls,
    private readonly timeoutMs?: number,
  ) {}

  token(ctx: Ctx, options: { fresh?: boolean } = {}): Promise<string> {
    return this.cache.get(cacheKey(ctx), ctx.clock.now().getTime(), () => this.request(ctx), options);
  }

  /** A 401 on `stale`: drop it unless another caller already replaced it, then get the current one. */
  renew(ctx: Ctx, stale: string): Promise<string> {
    return this.cache.renew(cacheKey(ctx), stale, ctx.clock.now().getTime(), () => this.request(ctx));
  }

  forget(ctx: Ctx): void {
    this.cache.forget(cacheKey(ctx));
  }

  private async request(ctx: Ctx): Promise<CachedCredential> {
    const url = tokenUrlOf(ctx);
    const host = hostOf(url);
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: ctx.secrets.clientId,
      client_secret: ctx.secrets.clientSecret,
    });
    const scope = ctx.account.settings.scope?.trim();
    if (scope) form.set('scope', scope);
    const res = await exchangeOrThrow(
      ctx.http,
      {
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'x-ibm-client-id': ctx.secrets.clientId,
          'x-ibm-client-secret': ctx.secrets.clientSecret,
        },
        body: form.toString(),
        timeoutMs: this.timeoutMs,
        dispatcher: this.tls.dispatcher(ctx),
      },
      false,
    );
    throwIfUnavailable(res, { provider: host, sideEffect: false, now: ctx.clock.now() });
    const json = parseJson(res.text);
    const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
    const said = providerText(body.error_description) ?? providerText(body.moreInformation) ?? providerText(body.error);
    const extra = said ? { providerMessage: said } : {};
    if (res.status === 400 || res.status === 401 || res.status === 403) {
      throw failure('auth-failed', `İşbank refused the client credentials (HTTP ${res.status})`, extra);
    }
    if (res.status < 200 || res.status > 299) throw failure('provider-rejected', `İşbank token endpoint answered HTTP ${res.status}`, extra);
    const parsed = tokenSchema.safeParse(body.data && typeof body.data === 'object' ? body.data : body);
    if (!parsed.success) throw unreadable(host, false, 'a token answer');
    if (parsed.data.token_type && parsed.data.token_type.toLowerCase() !== 'bearer') {
      throw failure('provider-rejected', `İşbank issued a ${parsed.data.token_type} token; a Bearer token is needed`);
    }
    const lifetimeMs = (parsed.data.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1000;
    // Short-lived tokens are kept for half their life rather than not at all.
    const keepMs = lifetimeMs > 2 * TOKEN_MARGIN_MS ? lifetimeMs - TOKEN_MARGIN_MS : lifetimeMs / 2;
    return { value: parsed.data.access_token, expiresAt: ctx.clock.now().getTime() + keepMs };
  }
}

/** Account id plus a hash of what identifies the token; the secrets never appear in the key. */
function cacheKey(ctx: Ctx): string {
  const s = ctx.account.settings;
  return credentialKey(ctx.account.id, [tokenUrlOf(ctx), s.scope ?? '', ctx.secrets.clientId, ctx.secrets.clientSecret, s.clientCertificate ?? '']);
}
