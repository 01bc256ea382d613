import { afterEach, describe, expect, it } from 'vitest';
import { createOduyoAdapter } from '../../../../src/main/providers/oduyo/oduyo-adapter';
import { SESSION_LIFETIME_MS, SESSION_MARGIN_MS, sessionIdFrom } from '../../../../src/main/providers/oduyo/oduyo-session';
import { startOduyoEmulator, type LoginShape, type OduyoEmulator } from '../../../emulators/oduyo/oduyo-emulator';
import { expectNoSecrets, linkRequest, manualClock, oduyoAccount, oduyoContext } from './oduyo-kit';

let emulator: OduyoEmulator | undefined;
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
});
const GET_LINK = 'POST /api/v1/pay/get_link';

describe('Ödüyo login answer shapes', () => {
  it.each<LoginShape>(['data', 'data.session_id', 'session_id', 'SESSION_ID', 'plain'])('accepts the session id from %s', async (shape) => {
    emulator = await startOduyoEmulator({ loginShape: shape });
    const result = await createOduyoAdapter().createLink(oduyoContext(emulator), linkRequest());
    expect(result.ok).toBe(true);
    expect(emulator.logins).toBe(1);
  });

  it('fails clearly when the login answer has no session id', async () => {
    emulator = await startOduyoEmulator({ loginShape: 'none' });
    const result = await createOduyoAdapter().createLink(oduyoContext(emulator), linkRequest());
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'provider-rejected', message: expect.stringMatching(/session id/) });
    expect(emulator.count(GET_LINK)).toBe(0);
  });

  it('reports refused credentials as auth-failed, without any secret in the error', async () => {
    emulator = await startOduyoEmulator();
    const ctx = oduyoContext(emulator, { password: 'wrong-password-xyz' });
    const result = await createOduyoAdapter().testConnection(ctx);
    expect(result.ok ? 'ok' : result.error.code).toBe('auth-failed');
    if (!result.ok) expect(result.error.providerMessage).toBe('Kullanıcı adı veya şifre hatalı');
    expectNoSecrets(result, ['wrong-password-xyz', emulator.credentials.apiKey]);
  });

  it('reads the documented shapes and refuses non-tokens', () => {
    expect(sessionIdFrom({ data: 'abcdef123456' }, '')).toBe('abcdef123456');
    expect(sessionIdFrom({ data: { SESSION_ID: 'abcdef123456' } }, '')).toBe('abcdef123456');
    expect(sessionIdFrom(undefined, ' abcdef123456\n')).toBe('abcdef123456');
    expect(sessionIdFrom(undefined, '<html>login</html>')).toBeUndefined();
    expect(sessionIdFrom({ data: 'has spaces in it' }, '')).toBeUndefined();
    expect(sessionIdFrom({ data: 'short' }, '')).toBeUndefined();
  });
});

describe('Ödüyo session reuse', () => {
  it('100 concurrent link creations share exactly one login', async () => {
    emulator = await startOduyoEmulator();
    const adapter = createOduyoAdapter();
    const ctx = oduyoContext(emulator);
    const results = await Promise.all(Array.from({ length: 100 }, () => adapter.createLink(ctx, linkRequest())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(emulator.logins).toBe(1);
    expect(emulator.count('POST /api/v1/ws/login')).toBe(1);
    expect(emulator.links.size).toBe(100);
  });

  it('reuses the session across calls until shortly before its 60 minutes end', async () => {
    emulator = await startOduyoEmulator();
    const adapter = createOduyoAdapter();
    const clock = manualClock();
    const ctx = oduyoContext(emulator, { clock });
    await adapter.createLink(ctx, linkRequest());
    clock.advance(SESSION_LIFETIME_MS - SESSION_MARGIN_MS - 1000);
    await adapter.lookup!(ctx, { reference: 'x', providerRefs: { paymentsendid: 'none' }, createdAt: '' });
    expect(emulator.logins).toBe(1);
    clock.advance(2000);
    expect((await adapter.createLink(ctx, linkRequest())).ok).toBe(true);
    expect(emulator.logins).toBe(2);
    expect(emulator.count(GET_LINK)).toBe(2); // renewed before expiry: no 401 round trip
  });

  it('keeps one session per account and per credentials', async () => {
    emulator = await startOduyoEmulator();
    const adapter = createOduyoAdapter();
    await adapter.createLink(oduyoContext(emulator), linkRequest());
    await adapter.createLink(oduyoContext(emulator, { account: oduyoAccount('acc_oduyo0002') }), linkRequest());
    expect(emulator.logins).toBe(2);
    // Changed credentials never reuse the old session: this one has to log in (and fails).
    const changed = await adapter.createLink(oduyoContext(emulator, { password: 'changed-pass' }), linkRequest());
    expect(changed.ok ? 'ok' : changed.error.code).toBe('auth-failed');
  });
});

describe('Ödüyo session expiry at the provider', () => {
  it('a session that really expired gets one re-login and one retry', async () => {
    emulator = await startOduyoEmulator({ sessionLifetimeMs: 150 });
    const adapter = createOduyoAdapter();
    const ctx = oduyoContext(emulator);
    expect((await adapter.createLink(ctx, linkRequest())).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await adapter.createLink(ctx, linkRequest());
    expect(again.ok).toBe(true);
    expect(emulator.logins).toBe(2);
    expect(emulator.count(GET_LINK)).toBe(3); // ok, 401, retried ok
    expect(emulator.links.size).toBe(2);
  });

  it('100 concurrent callers that all see 401 share one re-login', async () => {
    emulator = await startOduyoEmulator();
    const adapter = createOduyoAdapter();
    const ctx = oduyoContext(emulator);
    await adapter.createLink(ctx, linkRequest());
    emulator.expireSessions();
    const results = await Promise.all(Array.from({ length: 100 }, () => adapter.createLink(ctx, linkRequest())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(emulator.logins).toBe(2);
    expect(emulator.links.size).toBe(101);
  });

  it('a second 401 after the re-login is an error, not a loop', async () => {
    emulator = await startOduyoEmulator({ sessionLifetimeMs: 0 });
    const result = await createOduyoAdapter().createLink(oduyoContext(emulator), linkRequest());
    expect(result.ok ? 'ok' : result.error.code).toBe('auth-failed');
    expect(emulator.logins).toBe(2);
    expect(emulator.count(GET_LINK)).toBe(2);
    expect(emulator.links.size).toBe(0);
  });
});
