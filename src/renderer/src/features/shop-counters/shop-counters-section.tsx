import { useState, type FormEvent } from 'react';
import { sayUserText } from '@shared/i18n/user-text';
import type { AppError } from '@shared/result';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { shopStateLine } from './shop-status-text';
import { useShopStore } from './shop-store';
import './shop-counters.css';

/**
 * Settings → "Birden çok kasa": join the shop's server (address, password, this counter's name),
 * see how sharing goes, or leave. The password is sent once to main (which keeps it in the
 * keychain) and cleared from the form; it is never shown again.
 */
export function ShopCountersSection() {
  const { t } = useI18n();
  const status = useShopStore((s) => s.status);
  return (
    <section className="card" aria-labelledby="shop-counters-title" data-testid="shop-counters">
      <h2 id="shop-counters-title">{t('settings.counters.title')}</h2>
      <p className="section-intro">{t('settings.counters.intro')}</p>
      {status.state === 'off' ? <JoinForm /> : <Joined />}
    </section>
  );
}

function JoinForm() {
  const { t } = useI18n();
  const join = useShopStore((s) => s.join);
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [counterName, setCounterName] = useState(() => t('settings.counters.defaultName'));
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failed = await join({ url, counterName, ...(password ? { password } : {}) });
    setBusy(false);
    setError(failed);
    // Main holds it now (or it was wrong): the form does not keep it either way.
    setPassword('');
    if (!failed) setUrl('');
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t('settings.counters.url')} help={t('settings.counters.urlHelp')}>
        {(control) => (
          <input {...control} className="input mono" name="shopUrl" autoComplete="off" spellCheck={false} placeholder="postgres://…" value={url} onChange={(e) => setUrl(e.target.value)} />
        )}
      </Field>
      <Field label={t('settings.counters.password')}>
        {(control) => <input {...control} className="input" type="password" name="shopPassword" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Field label={t('settings.counters.counterName')}>
        {(control) => <input {...control} className="input" name="counterName" maxLength={40} value={counterName} onChange={(e) => setCounterName(e.target.value)} />}
      </Field>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !url.trim() || !counterName.trim()} data-testid="shop-join">
          {busy ? t('settings.counters.joining') : t('settings.counters.join')}
        </button>
      </div>
    </form>
  );
}

function Joined() {
  const { t, language } = useI18n();
  const status = useShopStore((s) => s.status);
  const leave = useShopStore((s) => s.leave);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppError>();
  const problem = status.problem ? sayUserText(status.problem, language) : undefined;

  return (
    <>
      <dl className="shop-facts">
        <dt>{t('settings.counters.counterName')}</dt>
        <dd>{status.counterName}</dd>
        <dt>{t('settings.counters.server')}</dt>
        <dd className="mono">{status.server}</dd>
        <dt>{t('settings.counters.shopRole')}</dt>
        <dd className="mono">{status.shop}</dd>
      </dl>
      <p className={`message shop-state ${status.state === 'online' ? 'message-success' : 'message-warning'}`} role="status" data-testid="shop-state">
        {shopStateLine(status, t)}
        {problem && status.state !== 'online' ? ` — ${problem}` : ''}
      </p>
      {status.pending > 0 && <p className="section-intro">{t('shop.pending', { count: status.pending })}</p>}
      {status.paidReports && <p className="section-intro">{t('shop.paidReports')}</p>}
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAsking(true)} data-testid="shop-leave">
          {t('settings.counters.leave')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('settings.counters.leaveConfirm.title')}
          confirmLabel={t('settings.counters.leaveConfirm.ok')}
          onConfirm={async () => setError(await leave())}
          onClose={() => setAsking(false)}
        >
          <p>{t('settings.counters.leaveConfirm.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
