import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIsbankEmulator, type IsbankEmulator } from '../../emulators/isbank/isbank-emulator';
import { startOduyoEmulator, type OduyoEmulator } from '../../emulators/oduyo/oduyo-emulator';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { OriginChangeAnswers } from '../../support/origin-change-answers';

/** Test connection and the provider helper channels, through createCore, over HTTP to the emulators. */
let h: CoreHarness;
let paytr: PaytrEmulator;
let paynet: PaynetEmulator;
let oduyo: OduyoEmulator;
let isbank: IsbankEmulator;

beforeAll(async () => {
  [paytr, paynet, oduyo, isbank] = await Promise.all([
    startPaytrEmulator(),
    startPaynetEmulator(),
    startOduyoEmulator(),
    startIsbankEmulator(),
  ]);
  h = await startCoreHarness({ confirmOriginChange: new OriginChangeAnswers().confirm });
});
afterAll(async () => {
  await h.dispose();
  await Promise.all([paytr.stop(), paynet.stop(), oduyo.stop(), isbank.stop()]);
});

const drafts = () => ({
  paytr: {
    draft: { provider: 'paytr', label: 'PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
    wrong: { merchantKey: 'WrongPaytrKey000000' },
  },
  paynet: {
    draft: { provider: 'paynet', label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
    secrets: { secretKey: paynet.secretKey },
    wrong: { secretKey: 'sck_wrong_key_000000' },
  },
  oduyo: {
    draft: { provider: 'oduyo', label: 'Ödüyo', environment: 'custom', baseUrl: oduyo.baseUrl, settings: { username: oduyo.credentials.username } },
    secrets: { password: oduyo.credentials.password, apiKey: oduyo.credentials.apiKey },
    wrong: { password: 'yanlis-parola' },
  },
  isbank: {
    draft: { provider: 'isbank', label: 'İşbank', environment: 'custom', baseUrl: isbank.baseUrl, settings: {} },
    secrets: { clientId: isbank.credentials.clientId, clientSecret: isbank.credentials.clientSecret },
    wrong: { clientSecret: 'wrong-client-secret' },
  },
});

async function addAccount(provider: keyof ReturnType<typeof drafts>): Promise<string> {
  const { draft, secrets } = drafts()[provider];
  const result = await h.core.invoke('accounts:create', { draft, secrets });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as { account: { id: string } }).account.id;
}

describe('test connection through createCore', () => {
  it.each(['paytr', 'paynet', 'oduyo', 'isbank'] as const)('%s: right credentials succeed, wrong ones are auth-failed', async (provider) => {
    const id = await addAccount(provider);
    const good = await h.core.invoke('accounts:test', { id });
    expect(good).toMatchObject({ ok: true, value: { detail: { key: expect.stringMatching(/^provider\.test\./) }, checkedAt: expect.any(String) } });

    const { draft, wrong } = drafts()[provider];
    expect(await h.core.invoke('accounts:update', { id, draft, secrets: wrong })).toMatchObject({ ok: true });
    const bad = await h.core.invoke('accounts:test', { id });
    expect(bad).toMatchObject({ ok: false, error: { code: 'auth-failed', retryable: false } });
    expect(JSON.stringify(bad)).not.toContain(Object.values(wrong)[0]);
  });

  it('a provider that cannot be reached is a retryable network error', async () => {
    const id = await addAccount('paynet');
    const { draft, secrets } = drafts().paynet;
    // A new address takes the keys typed again (the old ones are deleted with the change).
    const moved = await h.core.invoke('accounts:update', { id, draft: { ...draft, baseUrl: 'http://127.0.0.1:9' }, secrets });
    expect(moved).toMatchObject({ ok: true });
    expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: false, error: { code: 'network', retryable: true } });
  });
});

describe('provider helper channels through createCore', () => {
  it('Ödüyo: searches and creates customer accounts', async () => {
    const id = await addAccount('oduyo');
    const created = await h.core.invoke('oduyo-customers:create', {
      accountId: id,
      draft: { name: 'Ayşe Yılmaz', email: 'ayse@example.com', phone: '+905321234567' },
    });
    expect(created).toMatchObject({ ok: true, value: { name: 'Ayşe Yılmaz', id: expect.stringMatching(/^\d+$/) } });
    const found = await h.core.invoke('oduyo-customers:list', { accountId: id, query: { text: 'ayse@example.com' } });
    expect(found.ok && (found.value as { name: string }[]).map((c) => c.name)).toContain('Ayşe Yılmaz');
  });

  it('İşbank: merchant, branch and installment look-ups and the documented service form', async () => {
    const id = await addAccount('isbank');
    const merchants = await h.core.invoke('isbank:merchants', { accountId: id });
    expect(merchants.ok && (merchants.value as unknown[]).length).toBeGreaterThan(0);
    const merchantNo = (merchants as { value: { merchantNo: string }[] }).value[0]!.merchantNo;
    const branches = await h.core.invoke('isbank:branches', { accountId: id, merchantNo });
    expect(branches.ok).toBe(true);
    const form = await h.core.invoke('isbank-services:get', { accountId: id, serviceId: '10065' });
    expect(form).toMatchObject({ ok: true, value: { serviceId: expect.anything() } });
  });

  it('refuses a helper of another provider with a clear error', async () => {
    const id = await addAccount('paynet');
    expect(await h.core.invoke('isbank:merchants', { accountId: id })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await h.core.invoke('oduyo-customers:list', { accountId: id, query: {} })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
