import { useState, type FormEvent } from 'react';
import { settingsPatchSchema } from '@shared/domain/settings';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from './settings-store';
import { ShopLogoField } from './shop-logo-field';
import './settings.css';

/**
 * The first start asks for the shop's name (and offers a logo): slips, the customer display and
 * WhatsApp messages start with it. Shown until a name is saved; Settings → Shop changes it later.
 */
export function ShopSetupStep() {
  const { t } = useI18n();
  const shopName = useSettingsStore((s) => s.settings.shopName);
  const update = useSettingsStore((s) => s.update);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<'empty' | 'long'>();
  const [error, setError] = useState<AppError>();
  if (shopName) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch = settingsPatchSchema.safeParse({ shopName: name });
    if (!patch.success) return setProblem('long');
    if (!patch.data.shopName) return setProblem('empty');
    setProblem(undefined);
    const result = await update(patch.data);
    setError(result.ok ? undefined : result.error);
  }

  return (
    <section className="card shop-setup" aria-labelledby="shop-setup-title" data-testid="shop-setup">
      <h2 id="shop-setup-title">{t('setup.shop.title')}</h2>
      <p className="section-intro">{t('setup.shop.body')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('settings.shop.name')}
          error={problem === 'empty' ? t('setup.shop.nameRequired') : problem === 'long' ? t('settings.shop.nameTooLong') : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="setupShopName"
              autoComplete="organization"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setProblem(undefined);
              }}
            />
          )}
        </Field>
        {error && <ErrorMessage error={error} />}
        <button type="submit" className="button button-primary">
          {t('setup.shop.save')}
        </button>
      </form>
      <ShopLogoField />
    </section>
  );
}
