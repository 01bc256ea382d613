import { useEffect, useState, type FormEvent } from 'react';
import { formatMinor, formatMoney } from '@shared/domain/money';
import { amountLimitSchema } from '@shared/domain/settings';
import { DEFAULT_AMOUNT_LIMIT_MINOR, readAmountText } from '@shared/rules/amount-rules';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from './settings-store';

/** The shop's upper amount per link: above it the New link form reads the amount back in words. */
export function AmountLimitField() {
  const { t } = useI18n();
  const saved = useSettingsStore((s) => s.settings.amountLimitMinor ?? DEFAULT_AMOUNT_LIMIT_MINOR);
  const update = useSettingsStore((s) => s.update);
  const [text, setText] = useState(formatMinor(saved));
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<AppError>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  useEffect(() => setText(formatMinor(saved)), [saved]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reading = readAmountText(text);
    const limit = reading.ok ? amountLimitSchema.safeParse(reading.minor) : undefined;
    if (!limit?.success) return setInvalid(true);
    setInvalid(false);
    setState('saving');
    const result = await update({ amountLimitMinor: limit.data });
    setError(result.ok ? undefined : result.error);
    setState(result.ok ? 'saved' : 'idle');
  }

  return (
    <form className="amount-limit" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={t('settings.limit.label')}
        help={t('settings.limit.help', { limit: formatMoney({ minor: saved, currency: 'TRY' }) })}
        error={invalid ? t('settings.limit.invalid') : undefined}
      >
        {(control) => (
          <input
            {...control}
            className="input input-amount"
            name="amountLimit"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setInvalid(false);
              setState('idle');
            }}
          />
        )}
      </Field>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={state === 'saving'}>
          {t('settings.limit.save')}
        </button>
        <span className="form-status" role="status">
          {state === 'saved' ? t('common.saved') : ''}
        </span>
      </div>
    </form>
  );
}
