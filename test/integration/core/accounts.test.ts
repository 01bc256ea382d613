import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { storedSecretValue } from '../../support/stored-secret';

const SECRET_KEY = 'sck_CORE_TEST_SECRET_91c2d7e4';
const paynetDraft = {
  provider: 'paynet',
  label: 'Dükkân Paynet',
  environment: 'test',
  settings: {},
} as const;

let h: CoreHarness;
const outputs: unknown[] = [];
const call = async (channel: string, input?: unknown) => {
  const result = await h.core.invoke(channel, input);
  outputs.push(result);
  return result;
};
const value = async <T = any>(channel: string, input?: unknown): Promise<T> => {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

beforeEach(async () => {
  outputs.length = 0;
  h = await startCoreHarness();
});
afterEach(() => h.dispose());

describe('accounts through createCore', () => {
  it('adds an account, keeps the secret in the keychain only, and survives a restart', async () => {
    const created = await value('accounts:create', { draft: paynetDraft, secrets: { secretKey: SECRET_KEY } });
    expect(created.account).toMatchObject({ provider: 'paynet', label: 'Dükkân Paynet', environment: 'test' });
    expect(created.secretsStored).toEqual({ secretKey: true });
    expect(await storedSecretValue(h.vault, created.account.id, 'secretKey')).toBe(SECRET_KEY);

    await h.restart();
    const list = await value<any[]>('accounts:list');
    expect(list.map((v) => v.account.id)).toEqual([created.account.id]);
    expect(list[0].secretsStored.secretKey).toBe(true);

    await h.core.logger.flush();
    expect(await h.readAllFiles()).not.toContain(SECRET_KEY);
    expect(JSON.stringify(outputs)).not.toContain(SECRET_KEY);
  });

  it('replaces a secret on edit and removes every secret with the account', async () => {
    const created = await value('accounts:create', {
      draft: { provider: 'paytr', label: 'PayTR', environment: 'live', settings: { merchantId: '123456' } },
      secrets: { merchantKey: 'KEY-aaaaaaaa', merchantSalt: 'SALT-bbbbbbbb' },
    });
    const id = created.account.id;
    await value('accounts:update', {
      id,
      draft: { provider: 'paytr', label: 'PayTR mağaza', environment: 'live', settings: { merchantId: '654321' } },
      secrets: { merchantKey: 'KEY-cccccccc' },
    });
    expect(await storedSecretValue(h.vault, id, 'merchantKey')).toBe('KEY-cccccccc');
    expect(await storedSecretValue(h.vault, id, 'merchantSalt')).toBe('SALT-bbbbbbbb');
    expect((await value<any[]>('accounts:list'))[0].account.settings.merchantId).toBe('654321');

    await value('accounts:remove', { id });
    expect(await storedSecretValue(h.vault, id, 'merchantKey')).toBeNull();
    expect(await storedSecretValue(h.vault, id, 'merchantSalt')).toBeNull();
    expect(await value('accounts:list')).toEqual([]);
  });

  it.each([
    ['a missing required secret', { draft: paynetDraft, secrets: {} }, 'invalid-input'],
    ['a secret of another provider', { draft: paynetDraft, secrets: { secretKey: 'x', merchantKey: 'y' } }, 'invalid-input'],
    ['an environment the provider lacks', { draft: { ...paynetDraft, provider: 'oduyo', settings: { username: 'u' } }, secrets: { password: 'p', apiKey: 'k' } }, 'invalid-input'],
    ['custom without a base URL', { draft: { ...paynetDraft, environment: 'custom' }, secrets: { secretKey: 'x' } }, 'invalid-input'],
    ['a javascript: base URL', { draft: { ...paynetDraft, environment: 'custom', baseUrl: 'javascript:alert(1)' }, secrets: { secretKey: 'x' } }, 'invalid-input'],
  ])('refuses %s and stores nothing', async (_label, input, code) => {
    const result = await call('accounts:create', input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await value('accounts:list')).toEqual([]);
  });

  it('answers not-found for unknown accounts and never returns a secret value', async () => {
    expect(await call('accounts:remove', { id: 'acc_0000000000000000' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const created = await value('accounts:create', { draft: paynetDraft, secrets: { secretKey: SECRET_KEY } });
    const has = await value('secrets:has', { accountId: created.account.id });
    expect(has).toEqual({ secretKey: true });
    expect(await call('secrets:delete', { accountId: created.account.id, field: 'secretKey' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(JSON.stringify(outputs)).not.toContain(SECRET_KEY);
  });

  it('emits accounts:changed on every change', async () => {
    let changes = 0;
    h.core.events.on('accounts:changed', () => changes++);
    const created = await value('accounts:create', { draft: paynetDraft, secrets: { secretKey: SECRET_KEY } });
    await value('secrets:set', { accountId: created.account.id, field: 'secretKey', value: 'sck_other_value_123' });
    await value('accounts:remove', { id: created.account.id });
    expect(changes).toBe(3);
  });

  it('says plainly when a provider is not supported yet for test connection', async () => {
    const created = await value('accounts:create', { draft: paynetDraft, secrets: { secretKey: SECRET_KEY } });
    const bare = await startCoreHarness({ adapters: [] });
    try {
      const other = await bare.core.invoke('accounts:create', { draft: paynetDraft, secrets: { secretKey: SECRET_KEY } });
      const id = (other as any).value.account.id;
      expect(await bare.core.invoke('accounts:test', { id })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    } finally {
      await bare.dispose();
    }
    expect(created.account.id).toMatch(/^acc_/);
  });
});

describe('settings, notices and external links', () => {
  it('persists the language across a restart and announces the change', async () => {
    const seen: unknown[] = [];
    h.core.events.on('settings:changed', (s) => seen.push(s));
    expect(await value('settings:get')).toMatchObject({ language: 'tr' });
    await value('settings:update', { language: 'en', shopName: 'Öztürk Kırtasiye' });
    expect(seen).toEqual([{ language: 'en', shopName: 'Öztürk Kırtasiye', paidSound: true }]);
    await h.restart();
    expect(await value('settings:get')).toMatchObject({ language: 'en', shopName: 'Öztürk Kırtasiye' });
  });

  it('tells the user about a damaged accounts file and lets them dismiss it', async () => {
    await h.core.stop();
    await writeFile(join(h.dataDir, 'accounts.json'), '{"schemaVersion":1,"data":{"accounts":[{"id":');
    await h.restart();
    const notices = await value<any[]>('app:notices');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'store-recovered', store: 'accounts' });
    expect(await value('accounts:list')).toEqual([]);
    await value('app:dismiss-notice', { id: notices[0].id });
    expect(await value('app:notices')).toEqual([]);
  });

  it('opens only allow-listed addresses', async () => {
    const opened: string[] = [];
    const local = await startCoreHarness({ openExternal: async (url) => void opened.push(url) });
    try {
      for (const url of ['https://www.paytr.com/link/NB2Zlz3', 'https://wa.me/905551234567?text=Merhaba', 'mailto:a@b.com']) {
        expect(await local.core.invoke('app:open-external', { url })).toMatchObject({ ok: true });
      }
      for (const url of ['file:///etc/passwd', 'http://www.paytr.com/x', 'https://evil.example/paytr.com', 'javascript:alert(1)', 'https://paytr.com.evil.io/']) {
        expect(await local.core.invoke('app:open-external', { url })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
      expect(opened).toEqual(['https://www.paytr.com/link/NB2Zlz3', 'https://wa.me/905551234567?text=Merhaba', 'mailto:a@b.com']);
    } finally {
      await local.dispose();
    }
  });

  it("also opens links on the host of the user's own custom account (an Ödüyo merchant's domain)", async () => {
    const opened: string[] = [];
    const local = await startCoreHarness({ openExternal: async (url) => void opened.push(url) });
    try {
      const link = 'https://odeme.dukkanim.com.tr/pay/abc123';
      expect(await local.core.invoke('app:open-external', { url: link })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const created = await local.core.invoke('accounts:create', {
        draft: { provider: 'oduyo', label: 'Ödüyo', environment: 'custom', baseUrl: 'https://odeme.dukkanim.com.tr', settings: { username: 'u' } },
        secrets: { password: 'p', apiKey: 'k' },
      });
      expect(created).toMatchObject({ ok: true });
      expect(await local.core.invoke('app:open-external', { url: link })).toMatchObject({ ok: true });
      expect(await local.core.invoke('app:open-external', { url: 'https://evil.example/dukkanim.com.tr' })).toMatchObject({ ok: false });
      expect(opened).toEqual([link]);
    } finally {
      await local.dispose();
    }
  });

  it('reports the keychain as available', async () => {
    expect(await value('app:info')).toMatchObject({ keychain: 'available' });
  });
});
