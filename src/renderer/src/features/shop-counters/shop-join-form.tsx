import { useState, type FormEvent } from 'react';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useShopStore } from './shop-store';

/**
 * Joining the shop's server with a connection string: address, password, this counter's name.
 * The password leaves the form the moment it is sent (main keeps it in the keychain); a wrong one
 * is typed again, never shown back.
 */
export function ShopJoinForm() {
  const { t } = useI18n();
  const join = useShopStore((s) => s.join);
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [counterName, setCounterName] = useState(() => t('settings.counters.defaultName'));
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = password;
    setPassword('');
    setBusy(true);
    const failed = await join({ url, counterName, ...(typed ? { password: typed } : {}) });
    setBusy(false);
    setError(failed);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="shop-join-form">
      <fieldset className="shop-join-fieldset" disabled={busy}>
        <Field label={t('settings.counters.url')} help={t('settings.counters.urlHelp')}>
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="shopUrl"
              autoComplete="off"
              spellCheck={false}
              placeholder="postgres://…"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings.counters.password')} help={t('settings.counters.passwordHelp')}>
          {(control) => (
            <input {...control} className="input" type="password" name="shopPassword" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <Field label={t('settings.counters.counterName')}>
          {(control) => <input {...control} className="input" name="counterName" maxLength={40} value={counterName} onChange={(e) => setCounterName(e.target.value)} />}
        </Field>
      </fieldset>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !url.trim() || !counterName.trim()} data-testid="shop-join">
          {busy ? t('settings.counters.joining') : t('settings.counters.join')}
        </button>
      </div>
    </form>
  );
}
