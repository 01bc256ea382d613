import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Currency } from '@shared/domain/money';
import { filled, type ServiceField, type ServiceFormModel } from '@shared/service-spec';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { ServiceFieldInput, type RequiredState } from './service-field';
import { currenciesOf, errorsByField, rangeText, visibleErrors } from './service-form-logic';
import { useServiceFormStore } from './service-form-store';
import { ServiceSummary } from './service-summary';
import './service-form.css';

/** Any İşbank service form, drawn and checked from its model alone (no per-service code). */
export function ServiceForm({ model }: { model: ServiceFormModel }) {
  const { t, language } = useI18n();
  const s = useServiceFormStore();
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const groupHelpBase = useId();
  const errors = useMemo(
    () => visibleErrors(errorsByField(s.issues, language), s.touched, s.submitted),
    [s.issues, s.touched, s.submitted, language],
  );

  // After a submit with problems, take the user to the first one (DOM order = model order).
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!s.submit()) setAttempt((n) => n + 1);
  }

  const fieldInput = (field: ServiceField, requiredState: RequiredState, binding: boolean) => (
    <ServiceFieldInput
      key={field.key}
      field={field}
      value={s.values[field.key] ?? ''}
      error={errors[field.key]}
      requiredState={requiredState}
      binding={binding}
      onChange={(value) => s.setValue(field.key, value)}
      onBlur={() => s.touch(field.key)}
    />
  );

  const currencyOptions = currenciesOf(model);
  const range = rangeText(model, s.currency);
  const hasErrors = s.submitted && Object.keys(errors).length > 0;

  return (
    <form ref={formRef} className="service-form" onSubmit={submit} noValidate data-testid="service-form">
      <h3 className="form-section">{t('serviceForm.formTitle', { id: String(model.serviceId) })}</h3>
      {model.entries.map((entry) => {
        if (entry.kind !== 'group') return fieldInput(entry, entry.required ? 'required' : 'optional', entry.required);
        const started = entry.fields.some((f) => filled(s.values[f.key]) !== undefined);
        const helpId = `${groupHelpBase}-${entry.key}`;
        return (
          <fieldset key={entry.key} className="service-group" aria-describedby={helpId}>
            <legend>{entry.label}</legend>
            <p id={helpId} className="field-help service-group-help">
              {entry.help}
              {!entry.required && <span className="service-group-note">{t('serviceForm.groupOptional')}</span>}
            </p>
            {entry.fields.map((field) => {
              const state: RequiredState = !field.required ? 'optional' : entry.required ? 'required' : 'if-group';
              return fieldInput(field, state, field.required && (entry.required || started));
            })}
          </fieldset>
        );
      })}

      <div className="service-amount">
        <Field
          label={t('serviceForm.amount')}
          help={range ? `${t('serviceForm.amountHelp')} · ${t('serviceForm.amountRange', { range })}` : t('serviceForm.amountHelp')}
          error={errors.amount}
          badge={<span className="required-mark">{t('serviceForm.requiredMark')}</span>}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="amount"
              inputMode="decimal"
              autoComplete="off"
              value={s.amountText}
              onChange={(e) => s.setAmountText(e.target.value)}
              onBlur={() => s.touch('amount')}
            />
          )}
        </Field>
        <Field label={t('serviceForm.currency')}>
          {(control) => (
            <select {...control} className="select" name="currency" value={s.currency} onChange={(e) => s.setCurrency(e.target.value as Currency)}>
              {currencyOptions.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      {hasErrors && (
        <p className="message message-error" role="alert">
          {t('serviceForm.hasErrors')}
        </p>
      )}
      <div className="service-form-actions">
        <button type="submit" className="button button-primary button-large">
          {t('serviceForm.check')}
        </button>
      </div>

      {s.valid && <ServiceSummary model={model} />}
    </form>
  );
}
