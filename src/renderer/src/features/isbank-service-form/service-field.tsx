import { useId } from 'react';
import type { ServiceField } from '@shared/service-spec';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';

/** How "required" applies: always, only once its optional group is started, or not at all. */
export type RequiredState = 'required' | 'if-group' | 'optional';

interface ServiceFieldProps {
  field: ServiceField;
  value: string;
  error: string | undefined;
  requiredState: RequiredState;
  /** True when the field must be filled right now (drives aria-required). */
  binding: boolean;
  onChange(value: string): void;
  onBlur(): void;
}

/** Up to this many choices are shown as radio buttons; more become a select. */
const RADIO_LIMIT = 3;

function inputTypeOf(field: ServiceField): { type: string; inputMode?: 'numeric' | 'email' | 'tel'; autoComplete: string } {
  const hint = field.uiHint ?? '';
  if (hint === 'CUSTOMER_EMAIL') return { type: 'email', inputMode: 'email', autoComplete: 'off' };
  if (hint.endsWith('PHONENUMBER')) return { type: 'tel', inputMode: 'tel', autoComplete: 'off' };
  if (field.parameterType === 'numeric') return { type: 'text', inputMode: 'numeric', autoComplete: 'off' };
  return { type: 'text', autoComplete: 'off' };
}

/** One field of any İşbank service, drawn from the model alone. */
export function ServiceFieldInput({ field, value, error, requiredState, binding, onChange, onBlur }: ServiceFieldProps) {
  const { t } = useI18n();
  const mark =
    requiredState === 'optional' ? undefined : (
      <span className="required-mark">{requiredState === 'required' ? t('serviceForm.requiredMark') : t('serviceForm.requiredIfGroup')}</span>
    );

  if (field.kind === 'choice' && field.choices.length <= RADIO_LIMIT) {
    return <ChoiceRadios field={field} value={value} error={error} mark={mark} binding={binding} onChange={onChange} onBlur={onBlur} />;
  }

  return (
    <Field label={field.label} help={field.help} error={error} badge={mark} required={binding}>
      {(control) =>
        field.kind === 'choice' ? (
          <select {...control} className="select" name={field.key} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur}>
            <option value="">{t('serviceForm.choose')}</option>
            {field.choices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.value}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            {...inputTypeOf(field)}
            className="input"
            name={field.key}
            spellCheck={false}
            maxLength={field.maxLength}
            placeholder={field.sample}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        )
      }
    </Field>
  );
}

interface ChoiceRadiosProps {
  field: ServiceField;
  value: string;
  error: string | undefined;
  mark: React.ReactNode;
  binding: boolean;
  onChange(value: string): void;
  onBlur(): void;
}

/** A short list of choices as a radio group; optional ones can be left unchosen again. */
function ChoiceRadios({ field, value, error, mark, binding, onChange, onBlur }: ChoiceRadiosProps) {
  const { t } = useI18n();
  const id = useId();
  const describedBy = [error ? `${id}-error` : undefined, field.help ? `${id}-help` : undefined].filter(Boolean).join(' ');
  const options = binding || field.required ? field.choices : [{ key: '', value: t('serviceForm.noChoice') }, ...field.choices];
  return (
    <fieldset
      className={`choice-group service-choice${error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-required={binding || undefined}
    >
      <legend className="field-label">
        {field.label}
        {mark}
      </legend>
      <div className="choice-options">
        {options.map((choice) => (
          <label key={choice.key} className="choice">
            <input
              type="radio"
              name={field.key}
              value={choice.key}
              checked={value === choice.key}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(choice.key)}
              onBlur={onBlur}
            />
            <span>{choice.value}</span>
          </label>
        ))}
      </div>
      {field.help && (
        <p id={`${id}-help`} className="field-help">
          {field.help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
