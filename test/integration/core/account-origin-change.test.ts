import { withWords } from '../../support/said';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startIsbankEmulator, type IsbankEmulator } from '../../emulators/isbank/isbank-emulator';
import { startOduyoEmulator, type OduyoEmulator } from '../../emulators/oduyo/oduyo-emulator';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { OriginChangeAnswers } from '../../support/origin-change-answers';
import { startRecordingServer, type RecordingServer } from '../../support/recording-server';

/**
 * The attack this guards against: a compromised window calls only `accounts:update` (a new
 * address, `secrets: {}`) and then `accounts:test`, hoping main sends the stored keys to its host.
 * Keys are bound to the address they were typed for, so none may ever reach the new one.
 */
let paytr: PaytrEmulator;
let paynet: PaynetEmulator;
let oduyo: OduyoEmulator;
let isbank: IsbankEmulator;
let attacker: RecordingServer;
let answers: OriginChangeAnswers;
let h: CoreHarness;

beforeAll(async () => {
  [paytr, paynet, oduyo, isbank] = await Promise.all([startPaytrEmulator(), startPaynetEmulator(), startOduyoEmulator(), startIsbankEmulator()]);
});
afterAll(async () => {
  await Promise.all([paytr.stop(), paynet.stop(), oduyo.stop(), isbank.stop()]);
});
beforeEach(async () => {
  attacker = await startRecordingServer();
  answers = new OriginChangeAnswers();
  h = await startCoreHarness({ confirmOriginChange: answers.confirm });
});
afterEach(async () => {
  await h.dispose();
  await attacker.close();
});

type Provider = 'paytr' | 'paynet' | 'oduyo' | 'isbank';

/** Each account as the user set it up (on its emulator), and the same draft moved to the attacker's host. */
function accountOf(provider: Provider) {
  const accounts = {
    paytr: {
      draft: { provider, label: 'PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
      secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
    },
    paynet: {
      draft: { provider, label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey: paynet.secretKey },
    },
    oduyo: {
      draft: { provider, label: 'Ödüyo', environment: 'custom', baseUrl: oduyo.baseUrl, settings: { username: oduyo.credentials.username } },
      secrets: { password: oduyo.credentials.password, apiKey: oduyo.credentials.apiKey },
    },
    isbank: {
      draft: { provider, label: 'İşbank', environment: 'custom', baseUrl: isbank.baseUrl, settings: {} },
      secrets: { clientId: isbank.credentials.clientId, clientSecret: isbank.credentials.clientSecret },
    },
  } as const;
  const { draft, secrets } = accounts[provider];
  // İşbank's token URL is an address of its own: moving only it must count as well.
  const moved = provider === 'isbank' ? { ...draft, settings: { tokenUrl: `${attacker.url}/token` } } : { ...draft, baseUrl: `${attacker.url}/api` };
  return { draft, secrets, moved };
}

async function addWorkingAccount(provider: Provider): Promise<string> {
  const { draft, secrets } = accountOf(provider);
  const created = await h.core.invoke('accounts:create', { draft, secrets });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = (created.value as { account: { id: string } }).account.id;
  // The keys work where they were typed for.
  expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
  return id;
}

describe('an address change never carries the stored keys along', () => {
  it.each(['paytr', 'paynet', 'oduyo', 'isbank'] as const)('%s: update to a new host with secrets {} then test sends no secret there', async (provider) => {
    const id = await addWorkingAccount(provider);
    const { secrets, moved } = accountOf(provider);

    const updated = await h.core.invoke('accounts:update', { id, draft: moved, secrets: {} });
    const tested = await h.core.invoke('accounts:test', { id });
    for (const secret of Object.values(secrets)) expect(attacker.receivedText()).not.toContain(secret);
    expect(attacker.hits).toEqual([]);

    expect(tested).toMatchObject({ ok: false, error: { code: 'credential-missing' } });
    expect(updated).toMatchObject({ ok: true });
    const stored = (updated as { value: { secretsStored: Record<string, boolean> } }).value.secretsStored;
    expect(Object.values(stored).some(Boolean)).toBe(false);
  });

  it('keys typed in the same update are bound to the new address and used there', async () => {
    const id = await addWorkingAccount('paynet');
    const other = await startPaynetEmulator({ secretKey: 'sck_second_host_key_0123' });
    try {
      const { draft } = accountOf('paynet');
      const moved = await h.core.invoke('accounts:update', {
        id,
        draft: { ...draft, baseUrl: other.url },
        secrets: { secretKey: 'sck_second_host_key_0123' },
      });
      expect(moved).toMatchObject({ ok: true, value: { secretsStored: { secretKey: true } } });
      expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
    } finally {
      await other.stop();
    }
  });

  it("asks in main's own dialog, in the app's language, with both addresses", async () => {
    const id = await addWorkingAccount('paynet');
    const { draft, moved } = accountOf('paynet');
    await h.core.invoke('accounts:update', { id, draft: moved, secrets: {} });
    expect(answers.asked).toHaveLength(1);
    expect(answers.asked[0]).toMatchObject({ accountLabel: 'Paynet', from: [new URL(paynet.url).origin], to: [attacker.url] });
    expect(answers.asked[0]!.text.message).toContain('adresi değişsin mi?');

    await h.core.invoke('settings:update', { language: 'en' });
    await h.core.invoke('accounts:update', { id, draft, secrets: {} });
    expect(answers.asked[1]!.text.message).toContain('Change the address of');
    expect(answers.asked[1]!.text.detail).toContain('type the keys again');
  });

  it('a declined change leaves the account and its keys as they were', async () => {
    const id = await addWorkingAccount('oduyo');
    answers.answer = false;
    const { moved } = accountOf('oduyo');
    const refused = await h.core.invoke('accounts:update', { id, draft: moved, secrets: {} });
    expect(withWords(refused)).toMatchObject({ ok: false, error: { code: 'invalid-input', userMessage: { tr: expect.stringContaining('onaylanmadı') } } });
    expect(await h.core.invoke('accounts:list', undefined)).toMatchObject({
      ok: true,
      value: [{ account: { baseUrl: oduyo.baseUrl }, secretsStored: { password: true, apiKey: true } }],
    });
    expect(await h.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
    expect(attacker.hits).toEqual([]);
  });

  it('without a confirmation port (a headless core) the address cannot change at all', async () => {
    const headless = await startCoreHarness();
    try {
      const { draft, secrets, moved } = accountOf('paynet');
      const created = await headless.core.invoke('accounts:create', { draft, secrets });
      const id = (created as { value: { account: { id: string } } }).value.account.id;
      expect(await headless.core.invoke('accounts:update', { id, draft: moved, secrets: {} })).toMatchObject({
        ok: false,
        error: { code: 'unsupported' },
      });
      // Other edits still work.
      expect(await headless.core.invoke('accounts:update', { id, draft: { ...draft, label: 'Yeni ad' }, secrets: {} })).toMatchObject({ ok: true });
      expect(await headless.core.invoke('accounts:test', { id })).toMatchObject({ ok: true });
      expect(attacker.hits).toEqual([]);
    } finally {
      await headless.dispose();
    }
  });
});
