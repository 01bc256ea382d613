import { describe, expect, it } from 'vitest';
import { accountCreateSchema, accountUpdateSchema } from '../../../src/shared/channels/accounts';
import { accountSettingsSchemas, secretFields } from '../../../src/shared/domain/account';
import { providerIds } from '../../../src/shared/domain/provider-id';
import {
  addressChanged,
  buildDraft,
  emptyValues,
  formKeyOfServerField,
  usableStoredSecrets,
  validateForm,
  valuesFromAccount,
  type FormValues,
} from '../../../src/renderer/src/features/accounts/account-form-model';
import { secretFieldSpecs, settingFields } from '../../../src/renderer/src/features/accounts/provider-fields';

const paytr = (patch: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues('paytr'),
  label: ' Kasa PayTR ',
  settings: { merchantId: '123456' },
  ...patch,
});

describe('provider fields', () => {
  it('cover exactly the settings and secrets the contract defines for each provider', () => {
    for (const provider of providerIds) {
      const schemaKeys = Object.keys(accountSettingsSchemas[provider].shape).sort();
      expect(settingFields[provider].map((f) => f.name).sort(), provider).toEqual(schemaKeys);
      expect(secretFieldSpecs(provider).map((s) => s.name), provider).toEqual([...secretFields[provider]]);
    }
  });
});

describe('account form', () => {
  it('starts each provider on an environment it offers', () => {
    expect(emptyValues('paytr').environment).toBe('live');
    expect(emptyValues('oduyo').environment).toBe('custom');
  });

  it('leaves empty optional fields out and sends a base URL only for custom', () => {
    const values: FormValues = {
      ...emptyValues('isbank'),
      label: 'İşbank',
      environment: 'test',
      baseUrl: 'https://ignored.example',
      settings: { merchantNo: ' 42 ', tokenUrl: '', scope: '  ' },
    };
    expect(buildDraft(values)).toEqual({ provider: 'isbank', label: 'İşbank', environment: 'test', settings: { merchantNo: '42' } });
    expect(buildDraft({ ...values, environment: 'custom' })).toMatchObject({ baseUrl: 'https://ignored.example' });
  });

  it('names every missing field of a new account', () => {
    const outcome = validateForm(emptyValues('paytr'), {}, { kind: 'add' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual({
      label: { key: 'validation.labelRequired' },
      'settings.merchantId': { key: 'validation.required' },
      'secrets.merchantKey': { key: 'validation.required' },
      'secrets.merchantSalt': { key: 'validation.required' },
    });
  });

  it('builds the exact accounts:create input, trimmed, that the contract accepts', () => {
    const outcome = validateForm(paytr(), { merchantKey: ' key1 ', merchantSalt: 'salt1' }, { kind: 'add' });
    expect(outcome).toEqual({
      ok: true,
      kind: 'add',
      input: {
        draft: { provider: 'paytr', label: 'Kasa PayTR', environment: 'live', settings: { merchantId: '123456' } },
        secrets: { merchantKey: 'key1', merchantSalt: 'salt1' },
      },
    });
    if (outcome.ok) expect(accountCreateSchema.safeParse(outcome.input).success).toBe(true);
  });

  it('keeps stored secrets when editing with empty secret inputs, and sends only typed ones', () => {
    const mode = { kind: 'edit' as const, id: 'acc_0123456789abcdef', stored: { merchantKey: true, merchantSalt: true } };
    const outcome = validateForm(paytr(), { merchantSalt: 'new-salt' }, mode);
    expect(outcome.ok && outcome.kind === 'edit' && outcome.input.secrets).toEqual({ merchantSalt: 'new-salt' });
    if (outcome.ok) expect(accountUpdateSchema.safeParse(outcome.input).success).toBe(true);
    const missing = validateForm(paytr(), {}, { ...mode, stored: { merchantKey: true } });
    expect(missing.ok ? {} : missing.errors).toEqual({ 'secrets.merchantSalt': { key: 'validation.required' } });
  });

  it('explains wrong values field by field', () => {
    const outcome = validateForm(
      paytr({ environment: 'custom', baseUrl: 'ftp://x.example', settings: { merchantId: '12ab' }, label: 'x'.repeat(81) }),
      { merchantKey: 'bad\u0007key', merchantSalt: 's' },
      { kind: 'add' },
    );
    expect(outcome.ok ? {} : outcome.errors).toEqual({
      label: { key: 'validation.tooLong', max: 80 },
      baseUrl: { key: 'validation.url' },
      'settings.merchantId': { key: 'validation.digits', max: 12 },
      'secrets.merchantKey': { key: 'validation.secretInvalid' },
    });
  });

  it('asks for the base URL of a custom environment and refuses environments a provider lacks', () => {
    const noUrl = validateForm(paytr({ environment: 'custom' }), { merchantKey: 'k', merchantSalt: 's' }, { kind: 'add' });
    expect(noUrl.ok ? {} : noUrl.errors).toEqual({ baseUrl: { key: 'validation.baseUrlRequired' } });
    const noTest = validateForm(paytr({ environment: 'test' }), { merchantKey: 'k', merchantSalt: 's' }, { kind: 'add' });
    expect(noTest.ok ? {} : noTest.errors).toEqual({ environment: { key: 'validation.environment' } });
  });

  it('accepts a multi-line PEM key for İşbank and checks its optional URLs', () => {
    const values: FormValues = { ...emptyValues('isbank'), label: 'İşbank', settings: { tokenUrl: 'not a url' } };
    const pem = '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----';
    const bad = validateForm(values, { clientId: 'id', clientSecret: 'secret', clientKey: pem }, { kind: 'add' });
    expect(bad.ok ? {} : bad.errors).toEqual({ 'settings.tokenUrl': { key: 'validation.url' } });
    const good = validateForm({ ...values, settings: {} }, { clientId: 'id', clientSecret: 'secret', clientKey: pem }, { kind: 'add' });
    expect(good.ok && good.kind === 'add' && good.input.secrets.clientKey).toBe(pem);
  });

  it('maps the field main names to the form field', () => {
    expect(formKeyOfServerField('draft.settings.merchantId')).toBe('settings.merchantId');
    expect(formKeyOfServerField('secrets.secretKey')).toBe('secrets.secretKey');
    expect(formKeyOfServerField(undefined)).toBeUndefined();
  });

  it('refuses plain http except on this computer (the emulators)', () => {
    const secrets = { merchantKey: 'k', merchantSalt: 's' };
    const remote = validateForm(paytr({ environment: 'custom', baseUrl: 'http://odeme.example.com' }), secrets, { kind: 'add' });
    expect(remote.ok ? {} : remote.errors).toEqual({ baseUrl: { key: 'validation.url' } });
    for (const baseUrl of ['https://odeme.example.com', 'http://127.0.0.1:9100', 'http://localhost:9100']) {
      expect(validateForm(paytr({ environment: 'custom', baseUrl }), secrets, { kind: 'add' }).ok, baseUrl).toBe(true);
    }
  });
});

describe('editing the address of an account', () => {
  const view = {
    account: {
      id: 'acc_0123456789abcdef',
      provider: 'isbank' as const,
      label: 'İşbank',
      environment: 'custom' as const,
      baseUrl: 'https://api.isbank.example/v1',
      settings: { tokenUrl: 'https://token.isbank.example/oauth2/token' },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    secretsStored: { clientId: true, clientSecret: true, clientKey: false },
  };
  const values = valuesFromAccount(view);

  it('sees another environment, server or token server as a new address; another path is not', () => {
    expect(addressChanged(view, values)).toBe(false);
    expect(addressChanged(view, { ...values, baseUrl: 'https://api.isbank.example/v2/' })).toBe(false);
    expect(addressChanged(view, { ...values, baseUrl: 'https://evil.example/v1' })).toBe(true);
    expect(addressChanged(view, { ...values, environment: 'test' })).toBe(true);
    expect(addressChanged(view, { ...values, settings: { tokenUrl: 'https://evil.example/token' } })).toBe(true);
  });

  it('asks for the keys again once the address changed', () => {
    const moved = { ...values, label: 'İşbank', baseUrl: 'https://new.isbank.example' };
    expect(usableStoredSecrets(view, values)).toEqual(view.secretsStored);
    expect(usableStoredSecrets(view, moved)).toEqual({});
    const outcome = validateForm(moved, {}, { kind: 'edit', id: view.account.id, stored: usableStoredSecrets(view, moved) });
    expect(outcome.ok ? {} : outcome.errors).toEqual({
      'secrets.clientId': { key: 'validation.required' },
      'secrets.clientSecret': { key: 'validation.required' },
    });
  });
});
