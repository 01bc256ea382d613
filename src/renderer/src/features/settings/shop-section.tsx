import { useEffect, useState, type FormEvent } from 'react';
import { settingsPatchSchema } from '@shared/domain/settings';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from './settings-store';
import { AmountLimitField } from './amount-limit-field';
import { ShopLogoField } from './shop-logo-field';

export function ShopSection() {
  const { t } = useI18n();
  const saved = useSettingsStore((s) => s.settings.shopName);
  const update = useSettingsStore((s) => s.update);
  const [name, setName] = useState(saved);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<AppError>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');

  // Follow changes made elsewhere (another window, a restart) when the field is not being edited.
  useEffect(() => setName(saved), [saved]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch = settingsPatchSchema.safeParse({ shopName: name });
    if (!patch.success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setState('saving');
    const result = await update(patch.data);
    setError(result.ok ? undefined : result.error);
    setState(result.ok ? 'saved' : 'idle');
  }

  return (
    <section className="card" aria-labelledby="shop-title">
      <h2 id="shop-title">{t('settings.shop.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('settings.shop.name')}
          help={t('settings.shop.nameHelp')}
          error={invalid ? t('settings.shop.nameTooLong') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="shopName"
              autoComplete="organization"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setState('idle');
              }}
            />
          )}
        </Field>
        {error && <ErrorMessage error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state === 'saving'}>
            {state === 'saving' ? t('common.saving') : t('common.save')}
          </button>
          <span className="form-status" role="status">
            {state === 'saved' ? t('common.saved') : ''}
          </span>
        </div>
      </form>
      <ShopLogoField />
      <AmountLimitField />
    </section>
  );
}
