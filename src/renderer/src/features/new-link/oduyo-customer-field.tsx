import { useEffect, useState } from 'react';
import type { OduyoCustomer } from '@shared/domain/oduyo-customer';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';
import { OduyoCustomerDialog } from './oduyo-customer-dialog';

const SEARCH_DELAY_MS = 300;

export const oduyoLabel = (c: Pick<OduyoCustomer, 'id' | 'name'>) => (c.name ? `${c.name} (#${c.id})` : `#${c.id}`);

/** Every Ödüyo link is made for a customer account ("cari"): search the account's list, or create one. */
export function OduyoCustomerField({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  // No touch on blur: leaving the search to click a result must not push the list down under the pointer.
  const { accountId, draft, change } = binding;
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ state: 'loading' } | { state: 'ready'; rows: OduyoCustomer[] } | { state: 'failed'; error: AppError }>();
  const [creating, setCreating] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const chosen = draft.oduyoCustomerId !== '';
  const error = binding.errorOf('customer.oduyoCustomerId');

  useEffect(() => {
    if (chosen) return;
    let current = true;
    const timer = setTimeout(() => {
      setFound({ state: 'loading' });
      const query = { text: text.trim() || undefined, limit: 10, offset: 0 };
      void invoke('oduyo-customers:list', { accountId, query }).then((result) => {
        if (!current) return;
        setFound(result.ok ? { state: 'ready', rows: result.value } : { state: 'failed', error: result.error });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [accountId, text, chosen, attempt]);

  const choose = (c: OduyoCustomer) => {
    change({
      oduyoCustomerId: c.id,
      oduyoCustomerLabel: oduyoLabel(c),
      customerName: draft.customerName || c.name || '',
      customerEmail: draft.customerEmail || c.email || '',
    });
  };

  if (chosen) {
    return (
      <div className="field oduyo-chosen" data-testid="oduyo-chosen">
        <span className="field-label">{t('newLink.oduyoAccount')}</span>
        <p className="oduyo-chosen-line">
          <strong>{t('newLink.oduyoChosen', { name: draft.oduyoCustomerLabel || `#${draft.oduyoCustomerId}` })}</strong>
          <button type="button" className="button button-quiet" onClick={() => change({ oduyoCustomerId: '', oduyoCustomerLabel: '' })}>
            {t('newLink.oduyoChange')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="oduyo-picker">
      <Field label={t('newLink.oduyoAccount')} help={t('newLink.oduyoSearchHelp')} error={error} required>
        {(control) => (
          <input
            {...control}
            className="input"
            name="oduyoSearch"
            type="search"
            autoComplete="off"
            placeholder={t('newLink.oduyoSearch')}
            maxLength={100}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      {found?.state === 'loading' && <p className="field-help">{t('newLink.oduyoSearching')}</p>}
      {found?.state === 'failed' && (
        <div className="lookup-failed">
          <ErrorMessage error={found.error} lead={t('newLink.lookupFailed')} />
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {found?.state === 'ready' && found.rows.length === 0 && <p className="field-help">{t('newLink.oduyoNoMatch')}</p>}
      {found?.state === 'ready' && found.rows.length > 0 && (
        <ul className="oduyo-results" aria-label={t('newLink.oduyoResults')}>
          {found.rows.map((c) => (
            <li key={c.id}>
              <button type="button" className="oduyo-result" onClick={() => choose(c)}>
                <span className="oduyo-result-name">{oduyoLabel(c)}</span>
                <span className="oduyo-result-facts">{[c.email, c.telephone].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => setCreating(true)}>
        {t('newLink.oduyoCreate')}
      </button>
      {creating && (
        <OduyoCustomerDialog
          accountId={accountId}
          initial={{ name: draft.customerName, email: draft.customerEmail, phone: draft.customerPhone }}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            choose(c);
          }}
        />
      )}
    </div>
  );
}
