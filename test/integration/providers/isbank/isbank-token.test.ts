import { afterEach, describe, expect, it } from 'vitest';
import { createIsbankAdapter } from '../../../../src/main/providers/isbank/isbank-adapter';
import { DEFAULT_TOKEN_LIFETIME_S, TOKEN_MARGIN_MS } from '../../../../src/main/providers/isbank/isbank-token';
import { startIsbankEmulator, TOKEN_PATH, type IsbankEmulator, type IsbankEmulatorOptions } from '../../../emulators/isbank/isbank-emulator';
import { isbankAccount, isbankContext, isbankLinkRequest, manualClock } from './isbank-kit';

let emulator: IsbankEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});
const MERCHANTS = 'GET /api/isbank/maximum/paybylink/v1/merchants';
async function setup(options: IsbankEmulatorOptions = {}) {
  emulator = await startIsbankEmulator(options);
  const clock = manualClock();
  return { emu: emulator, adapter: createIsbankAdapter(), clock, ctx: isbankContext(emulator, { clock }) };
}

describe('İşbank OAuth2 token', () => {
  it('sends client credentials as a form, with the scope setting, and the X-IBM headers on calls', async () => {
    const { emu, adapter } = await setup();
    const ctx = isbankContext(emu, { account: isbankAccount({ scope: 'paybylink' }) });
    expect((await adapter.merchants(ctx)).ok).toBe(true);
    const form = emu.tokenRequests[0]!.form;
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'client_credentials',
      client_id: emu.credentials.clientId,
      client_secret: emu.credentials.clientSecret,
      scope: 'paybylink',
    });
  });

  it('uses the token URL setting instead of the default path', async () => {
    const { emu, adapter } = await setup();
    const ctx = isbankContext(emu, { account: isbankAccount({ tokenUrl: `${emu.baseUrl}${TOKEN_PATH}?tenant=shop` }) });
    expect((await adapter.merchants(ctx)).ok).toBe(true);
    expect(emu.tokenRequests[0]!.query.get('tenant')).toBe('shop');
    const wrong = isbankContext(emu, { account: isbankAccount({ tokenUrl: `${emu.baseUrl}/oauth/elsewhere` }, 'acc_isbank002') });
    const result = await adapter.merchants(wrong);
    expect(result.ok ? 'ok' : result.error.code).toBe('provider-rejected');
  });

  it('reuses the token until 60 s before expires_in, then fetches a new one', async () => {
    const { emu, adapter, clock, ctx } = await setup();
    await adapter.merchants(ctx);
    await adapter.branches(ctx, '6700123');
    clock.advance(DEFAULT_TOKEN_LIFETIME_S * 1000 - TOKEN_MARGIN_MS - 1000);
    await adapter.merchants(ctx);
    expect(emu.tokensIssued).toBe(1);
    clock.advance(2000);
    expect((await adapter.merchants(ctx)).ok).toBe(true);
    expect(emu.tokensIssued).toBe(2);
    expect(emu.count(MERCHANTS)).toBe(3); // renewed before expiry: no 401 round trip
  });

  it('keeps a short-lived token for half its life', async () => {
    const { emu, adapter, clock, ctx } = await setup({ tokenLifetimeSeconds: 100 });
    await adapter.merchants(ctx);
    clock.advance(49_000);
    await adapter.merchants(ctx);
    expect(emu.tokensIssued).toBe(1);
    clock.advance(2000);
    await adapter.merchants(ctx);
    expect(emu.tokensIssued).toBe(2);
  });

  it('100 concurrent calls share one token request', async () => {
    const { emu, adapter, ctx } = await setup();
    const results = await Promise.all(Array.from({ length: 100 }, () => adapter.createLink(ctx, isbankLinkRequest())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(emu.tokensIssued).toBe(1);
    expect(emu.count(`POST ${TOKEN_PATH}`)).toBe(1);
    expect(emu.links.size).toBe(100);
  });

  it('a token the bank no longer accepts is renewed once and the call retried once', async () => {
    const { emu, adapter, ctx } = await setup();
    await adapter.merchants(ctx);
    emu.expireTokens();
    const results = await Promise.all(Array.from({ length: 20 }, () => adapter.merchants(ctx)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(emu.tokensIssued).toBe(2);
    expect(emu.count(MERCHANTS)).toBe(41); // 1 + 20 refused + 20 retried
  });

  it('a token that really expired at the bank is renewed', async () => {
    const { emu, adapter, ctx } = await setup({ tokenLifetimeSeconds: 1 });
    await adapter.merchants(ctx);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await adapter.merchants(ctx)).ok).toBe(true);
    expect(emu.tokensIssued).toBe(2);
  });

  it('a second 401 with a fresh token is an error, not a loop', async () => {
    const { emu, adapter, ctx } = await setup({ acceptTokens: false });
    const result = await adapter.merchants(ctx);
    expect(result.ok ? 'ok' : result.error.code).toBe('auth-failed');
    expect(emu.tokensIssued).toBe(2);
    expect(emu.count(MERCHANTS)).toBe(2);
  });

  it('refused client credentials → auth-failed with the bank words, never the secret', async () => {
    const { emu, adapter } = await setup();
    const ctx = isbankContext(emu, { clientSecret: 'wrong-secret-123' });
    const result = await adapter.testConnection(ctx);
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'auth-failed', providerMessage: 'Client authentication failed' });
    expect(JSON.stringify(result)).not.toContain('wrong-secret-123');
    expect(JSON.stringify(result)).not.toContain(emu.credentials.clientId);
  });
});
