import type { AccountView } from '@shared/domain/account';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { FormErrors, FormValues } from './account-form-model';
import { problemText } from './problem-text';
import { secretFieldSpecs, settingFields, type SettingFieldSpec } from './provider-fields';

interface SettingsFieldsProps {
  values: FormValues;
  errors: FormErrors;
  onChange(name: string, value: string): void;
}

/** The provider's non-secret settings (merchant number, user name, …). */
export function SettingsFields({ values, errors, onChange }: SettingsFieldsProps) {
  const { t } = useI18n();
  const specs = settingFields[values.provider] as readonly SettingFieldSpec[];
  return (
    <>
      {specs.map((spec) => (
        <Field
          key={`${values.provider}-${spec.name}`}
          label={t(spec.label)}
          help={spec.help ? t(spec.help) : undefined}
          note={spec.required ? undefined : t('common.optional')}
          error={problemText(errors[`settings.${spec.name}`], t)}
          required={spec.required}
        >
          {(control) =>
            spec.kind === 'pem' ? (
              <textarea
                {...control}
                className="textarea"
                name={spec.name}
                spellCheck={false}
                value={values.settings[spec.name] ?? ''}
                onChange={(e) => onChange(spec.name, e.target.value)}
              />
            ) : (
              <input
                {...control}
                className="input"
                name={spec.name}
                type={spec.kind === 'url' ? 'url' : 'text'}
                inputMode={spec.kind === 'digits' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={false}
                value={values.settings[spec.name] ?? ''}
                onChange={(e) => onChange(spec.name, e.target.value)}
              />
            )
          }
        </Field>
      ))}
    </>
  );
}

interface SecretFieldsProps {
  values: FormValues;
  errors: FormErrors;
  /** Which secrets are already in the keychain (edit only). */
  stored: AccountView['secretsStored'];
  onChange(name: string, value: string): void;
}

/**
 * Secret inputs are deliberately uncontrolled: React would otherwise mirror the typed value into
 * the DOM `value` attribute. They are never pre-filled; a stored secret shows a badge instead.
 */
export function SecretFields({ values, errors, stored, onChange }: SecretFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      {secretFieldSpecs(values.provider).map((spec) => {
        const isStored = stored[spec.name] === true;
        return (
          <Field
            key={`${values.provider}-${spec.name}`}
            label={t(spec.label)}
            note={spec.required || isStored ? undefined : t('common.optional')}
            badge={isStored ? <span className="badge badge-ok">{t('accounts.secretStored')}</span> : undefined}
            help={isStored ? t('accounts.form.secretStoredHint') : undefined}
            error={problemText(errors[`secrets.${spec.name}`], t)}
            required={spec.required && !isStored}
          >
            {(control) =>
              spec.multiline ? (
                <textarea
                  {...control}
                  className="textarea textarea-secret"
                  name={spec.name}
                  autoComplete="off"
                  spellCheck={false}
                  data-secret="true"
                  onChange={(e) => onChange(spec.name, e.target.value)}
                />
              ) : (
                <input
                  {...control}
                  className="input"
                  name={spec.name}
                  type="password"
                  autoComplete="new-password"
                  spellCheck={false}
                  data-secret="true"
                  onChange={(e) => onChange(spec.name, e.target.value)}
                />
              )
            }
          </Field>
        );
      })}
    </>
  );
}
