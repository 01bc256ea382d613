import {
  requiredSecretFields,
  secretFields,
  type AccountOf,
  type SecretField,
} from '@shared/domain/account';
import type { ProviderId } from '@shared/domain/provider-id';

type FieldLabelKey =
  | 'field.merchantId'
  | 'field.agentId'
  | 'field.username'
  | 'field.tokenUrl'
  | 'field.scope'
  | 'field.merchantNo'
  | 'field.clientCertificate';
type FieldHelpKey = 'field.merchantIdHelp' | 'field.tokenUrlHelp' | 'field.clientCertificateHelp';
export type SecretLabelKey = `secret.${SecretField}`;

/** How one non-secret setting is entered and checked (the schema in shared/domain decides). */
export interface SettingFieldSpec<Name extends string = string> {
  name: Name;
  label: FieldLabelKey;
  help?: FieldHelpKey;
  kind: 'text' | 'digits' | 'url' | 'pem';
  required: boolean;
  max: number;
}

type SettingsOf<P extends ProviderId> = AccountOf<P>['settings'];

/** Mirrors `accountSettingsSchemas`; the keys are checked against each provider's settings type. */
export const settingFields: { [P in ProviderId]: readonly SettingFieldSpec<keyof SettingsOf<P> & string>[] } = {
  paytr: [{ name: 'merchantId', label: 'field.merchantId', help: 'field.merchantIdHelp', kind: 'digits', required: true, max: 12 }],
  paynet: [{ name: 'agentId', label: 'field.agentId', kind: 'text', required: false, max: 50 }],
  oduyo: [{ name: 'username', label: 'field.username', kind: 'text', required: true, max: 200 }],
  isbank: [
    { name: 'merchantNo', label: 'field.merchantNo', kind: 'digits', required: false, max: 20 },
    { name: 'tokenUrl', label: 'field.tokenUrl', help: 'field.tokenUrlHelp', kind: 'url', required: false, max: 400 },
    { name: 'scope', label: 'field.scope', kind: 'text', required: false, max: 500 },
    {
      name: 'clientCertificate',
      label: 'field.clientCertificate',
      help: 'field.clientCertificateHelp',
      kind: 'pem',
      required: false,
      max: 20_000,
    },
  ],
};

export interface SecretFieldSpec {
  name: SecretField;
  label: SecretLabelKey;
  required: boolean;
  /** PEM keys span lines: a masked textarea instead of a password input. */
  multiline: boolean;
}

export function secretFieldSpecs(provider: ProviderId): SecretFieldSpec[] {
  const required: readonly SecretField[] = requiredSecretFields[provider];
  return secretFields[provider].map((name) => ({
    name,
    label: `secret.${name}` as const,
    required: required.includes(name),
    multiline: name === 'clientKey',
  }));
}
