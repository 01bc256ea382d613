import {
  accountCreateSchema,
  accountDraftSchema,
  accountUpdateSchema,
  secretValueSchema,
} from '@shared/channels/accounts';
import type { ChannelInput } from '@shared/contract';
import { providerEnvironments, type AccountView, type Environment } from '@shared/domain/account';
import { originOf } from '@shared/domain/account-address';
import type { ProviderId } from '@shared/domain/provider-id';
import { secretFieldSpecs, settingFields, type SettingFieldSpec } from './provider-fields';

/** What the form holds: plain strings as typed. Secrets are kept apart and never pre-filled. */
export interface FormValues {
  provider: ProviderId;
  label: string;
  environment: Environment;
  baseUrl: string;
  settings: Record<string, string>;
}

/** A broken rule, as a message key (and its number) the form translates. */
export type Problem =
  | { key: 'validation.tooLong' | 'validation.digits'; max: number }
  | {
      key:
        | 'validation.labelRequired'
        | 'validation.required'
        | 'validation.url'
        | 'validation.baseUrlRequired'
        | 'validation.environment'
        | 'validation.secretInvalid'
        | 'validation.generic';
    };

/** Keys: `label`, `environment`, `baseUrl`, `settings.<name>`, `secrets.<name>`, or `_form`. */
export type FormErrors = Record<string, Problem>;

export type FormMode = { kind: 'add' } | { kind: 'edit'; id: string; stored: Record<string, boolean> };

export type FormOutcome =
  | { ok: true; kind: 'add'; input: ChannelInput<'accounts:create'> }
  | { ok: true; kind: 'edit'; input: ChannelInput<'accounts:update'> }
  | { ok: false; errors: FormErrors };

export function emptyValues(provider: ProviderId): FormValues {
  const environment = providerEnvironments[provider][0] ?? 'custom';
  return { provider, label: '', environment, baseUrl: '', settings: {} };
}

export function valuesFromAccount({ account }: AccountView): FormValues {
  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(account.settings)) if (typeof value === 'string') settings[name] = value;
  return {
    provider: account.provider,
    label: account.label,
    environment: account.environment,
    baseUrl: account.baseUrl ?? '',
    settings,
  };
}

/** The draft as the contract wants it: empty optional fields left out, base URL only for `custom`. */
export function buildDraft(values: FormValues): Record<string, unknown> {
  const settings: Record<string, string> = {};
  for (const spec of settingFields[values.provider] as readonly SettingFieldSpec[]) {
    const value = (values.settings[spec.name] ?? '').trim();
    if (value !== '') settings[spec.name] = value;
  }
  const draft: Record<string, unknown> = {
    provider: values.provider,
    label: values.label.trim(),
    environment: values.environment,
    settings,
  };
  const baseUrl = values.baseUrl.trim();
  if (values.environment === 'custom' && baseUrl !== '') draft.baseUrl = baseUrl;
  return draft;
}

/**
 * Whether the form now points the account somewhere else: another environment, another server
 * (origin) or, for İşbank, another token server. Main then deletes the stored keys (they are bound
 * to the old address), so the form asks for them again. Another path on the same server is no change.
 */
export function addressChanged(view: AccountView, values: FormValues): boolean {
  const before = valuesFromAccount(view);
  const where = (v: FormValues) => {
    const server = (url: string | undefined) => (url?.trim() ? (originOf(url) ?? url.trim()) : '');
    return [v.environment, v.environment === 'custom' ? server(v.baseUrl) : '', server(v.settings.tokenUrl)].join(' ');
  };
  return where(before) !== where(values);
}

/** Which keys the form may treat as stored: none once the address changed (they must be typed again). */
export function usableStoredSecrets(view: AccountView | undefined, values: FormValues): Record<string, boolean> {
  if (!view || addressChanged(view, values)) return {};
  return view.secretsStored;
}

/** Checks the form with the contract's own schemas and returns the input to send, or per-field problems. */
export function validateForm(values: FormValues, secrets: Record<string, string>, mode: FormMode): FormOutcome {
  const errors: FormErrors = {};
  const draft = buildDraft(values);
  const parsed = accountDraftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      const key = zodIssue.path.map(String).join('.') || '_form';
      errors[key] ??= problemFor(key, values);
    }
  }
  if (!(providerEnvironments[values.provider] as readonly string[]).includes(values.environment)) {
    errors.environment = { key: 'validation.environment' };
  }
  if (values.environment === 'custom' && values.baseUrl.trim() === '') errors.baseUrl = { key: 'validation.baseUrlRequired' };

  const secretInput: Record<string, string> = {};
  for (const spec of secretFieldSpecs(values.provider)) {
    const value = (secrets[spec.name] ?? '').trim();
    const stored = mode.kind === 'edit' && mode.stored[spec.name] === true;
    if (value === '') {
      if (spec.required && !stored) errors[`secrets.${spec.name}`] = { key: 'validation.required' };
      continue;
    }
    if (value.length > 20_000) errors[`secrets.${spec.name}`] = { key: 'validation.tooLong', max: 20_000 };
    else if (!secretValueSchema.safeParse(value).success) errors[`secrets.${spec.name}`] = { key: 'validation.secretInvalid' };
    else secretInput[spec.name] = value;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };

  // The contract's channel schema is the last word before anything leaves the form.
  if (mode.kind === 'add') {
    const input = accountCreateSchema.safeParse({ draft: parsed.data, secrets: secretInput });
    return input.success ? { ok: true, kind: 'add', input: input.data } : { ok: false, errors: { _form: { key: 'validation.generic' } } };
  }
  const input = accountUpdateSchema.safeParse({ id: mode.id, draft: parsed.data, secrets: secretInput });
  return input.success ? { ok: true, kind: 'edit', input: input.data } : { ok: false, errors: { _form: { key: 'validation.generic' } } };
}

function problemFor(key: string, values: FormValues): Problem {
  if (key === 'label') {
    const label = values.label.trim();
    return label === '' ? { key: 'validation.labelRequired' } : label.length > 80 ? { key: 'validation.tooLong', max: 80 } : { key: 'validation.generic' };
  }
  if (key === 'baseUrl') return values.baseUrl.trim().length > 400 ? { key: 'validation.tooLong', max: 400 } : { key: 'validation.url' };
  if (key === 'environment') return { key: 'validation.environment' };
  if (key.startsWith('settings.')) {
    const name = key.slice('settings.'.length);
    const spec = (settingFields[values.provider] as readonly SettingFieldSpec[]).find((s) => s.name === name);
    if (!spec) return { key: 'validation.generic' };
    const value = (values.settings[name] ?? '').trim();
    if (value === '') return spec.required ? { key: 'validation.required' } : { key: 'validation.generic' };
    if (spec.kind === 'digits') return { key: 'validation.digits', max: spec.max };
    if (value.length > spec.max) return { key: 'validation.tooLong', max: spec.max };
    if (spec.kind === 'url') return { key: 'validation.url' };
  }
  return { key: 'validation.generic' };
}

/** Where main's `field` points in this form (it may prefix `draft.`). */
export function formKeyOfServerField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field.replace(/^draft\./, '');
}
