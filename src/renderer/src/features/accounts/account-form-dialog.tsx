import { useEffect, useRef, useState, type FormEvent } from 'react';
import { providerEnvironments, type AccountView, type Environment } from '@shared/domain/account';
import { providerIds, providerNames, type ProviderId } from '@shared/domain/provider-id';
import type { AppError } from '@shared/result';
import { Dialog } from '../../components/dialog';
import { FormDialogActions } from '../../components/form-dialog-actions';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { SecretFields, SettingsFields } from './account-form-fields';
import {
  addressChanged,
  emptyValues,
  formKeyOfServerField,
  validateForm,
  valuesFromAccount,
  type FormErrors,
  type FormValues,
  usableStoredSecrets,
} from './account-form-model';
import { useAccountsStore } from './accounts-store';
import { problemText } from './problem-text';

interface AccountFormDialogProps {
  /** The account to edit; absent to add a new one. */
  view?: AccountView | undefined;
  onClose(): void;
  onSaved(label: string): void;
}

export function AccountFormDialog({ view, onClose, onSaved }: AccountFormDialogProps) {
  const { t } = useI18n();
  const createAccount = useAccountsStore((s) => s.create);
  const updateAccount = useAccountsStore((s) => s.update);
  const [values, setValues] = useState<FormValues>(() => (view ? valuesFromAccount(view) : emptyValues('paytr')));
  // Typed secrets live only here (not in React state or a store) until they are sent.
  const secrets = useRef<Record<string, string>>({});
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverError, setServerError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // Keys are bound to the address they were typed for: after an address change none counts as stored.
  const retypeKeys = view !== undefined && addressChanged(view, values);
  const stored = usableStoredSecrets(view, values);

  // After a failed submit, take the user to the first field that needs attention, or bring the
  // message into view (it sits under the sticky action bar of a long form).
  useEffect(() => {
    const form = formRef.current;
    if (attempt === 0 || !form) return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form.querySelector('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }, [attempt]);

  // A message belongs to the field as it is now: editing a field takes its error away.
  const clearError = (key: string) =>
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });
  const set = (patch: Partial<FormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    for (const key of Object.keys(patch)) clearError(key);
  };
  const chooseProvider = (provider: ProviderId) => {
    secrets.current = {};
    setErrors({});
    setValues((v) => ({ ...emptyValues(provider), label: v.label }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const mode = view ? { kind: 'edit' as const, id: view.account.id, stored } : { kind: 'add' as const };
    const outcome = validateForm(values, secrets.current, mode);
    setServerError(undefined);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = outcome.kind === 'add' ? await createAccount(outcome.input) : await updateAccount(outcome.input);
    setBusy(false);
    if (result.ok) {
      secrets.current = {};
      onSaved(result.value.account.label);
      return;
    }
    setServerError(result.error);
    const key = formKeyOfServerField(result.error.field);
    if (key) setErrors({ [key]: { key: 'validation.generic' } });
    setAttempt((n) => n + 1);
  }

  const environments = providerEnvironments[values.provider];
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <Dialog title={view ? t('accounts.form.editTitle') : t('accounts.form.addTitle')} onClose={onClose} size="large">
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="account-form">
        {view ? (
          <p className="provider-fixed">
            <strong>{t('accounts.form.provider')}:</strong> {providerNames[values.provider]}
            <span className="field-help"> {t('accounts.form.providerFixed')}</span>
          </p>
        ) : (
          <Field label={t('accounts.form.provider')}>
            {(control) => (
              <select
                {...control}
                className="select"
                name="provider"
                value={values.provider}
                onChange={(e) => chooseProvider(e.target.value as ProviderId)}
              >
                {providerIds.map((id) => (
                  <option key={id} value={id}>
                    {providerNames[id]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}

        <Field
          label={t('accounts.form.label')}
          help={t('accounts.form.labelHelp')}
          error={problemText(errors.label, t)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="label"
              autoComplete="off"
              maxLength={200}
              value={values.label}
              onChange={(e) => set({ label: e.target.value })}
            />
          )}
        </Field>

        <fieldset className="choice-group" aria-describedby={values.provider === 'paytr' ? 'env-help' : undefined}>
          <legend className="field-label">{t('accounts.form.environment')}</legend>
          <div className="choice-options">
            {environments.map((env: Environment) => (
              <label key={env} className="choice">
                <input
                  type="radio"
                  name="environment"
                  value={env}
                  checked={values.environment === env}
                  onChange={() => set({ environment: env })}
                />
                <span>{t(`env.${env}`)}</span>
              </label>
            ))}
          </div>
          {values.provider === 'paytr' && (
            <p id="env-help" className="field-help">
              {t('accounts.form.envHelpPaytr')}
            </p>
          )}
          {errors.environment && <p className="field-error">{problemText(errors.environment, t)}</p>}
        </fieldset>

        {values.environment === 'custom' && (
          <Field
            label={t('accounts.form.baseUrl')}
            help={values.provider === 'oduyo' ? t('accounts.form.baseUrlHelpOduyo') : t('accounts.form.baseUrlHelp')}
            error={problemText(errors.baseUrl, t)}
            required
          >
            {(control) => (
              <input
                {...control}
                className="input"
                name="baseUrl"
                type="url"
                autoComplete="off"
                spellCheck={false}
                value={values.baseUrl}
                onChange={(e) => set({ baseUrl: e.target.value })}
              />
            )}
          </Field>
        )}

        <h3 className="form-section">{t('accounts.form.details')}</h3>
        <SettingsFields
          values={values}
          errors={errors}
          onChange={(name, value) => {
            setValues((v) => ({ ...v, settings: { ...v.settings, [name]: value } }));
            clearError(`settings.${name}`);
          }}
        />

        <h3 className="form-section">{t('accounts.form.secrets')}</h3>
        <p className="field-help form-section-help">{t('accounts.form.secretsHelp')}</p>
        {retypeKeys && (
          <p className="message message-warning" role="status" data-testid="address-changed">
            {t('accounts.form.addressChanged')}
          </p>
        )}
        <SecretFields
          values={values}
          errors={errors}
          stored={stored}
          onChange={(name, value) => {
            secrets.current[name] = value;
            clearError(`secrets.${name}`);
          }}
        />

        {hasErrors && !serverError && (
          <p className="message message-error" role="alert">
            {problemText(errors._form, t) ?? t('accounts.form.hasErrors')}
          </p>
        )}
        {serverError && <ErrorMessage error={serverError} />}

        <FormDialogActions onCancel={onClose} busy={busy} submitLabel={view ? t('accounts.form.submitEdit') : t('accounts.form.submitAdd')} busyLabel={t('common.saving')} />
      </form>
    </Dialog>
  );
}
