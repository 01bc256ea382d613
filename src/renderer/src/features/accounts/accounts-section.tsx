import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { WalletIcon } from '../../components/icons';
import { useI18n } from '../../lib/use-i18n';
import { ServiceFormDialog } from '../isbank-service-form';
import { AccountCard } from './account-card';
import { useAccountDialog } from './account-dialog-store';
import { AccountFormDialog } from './account-form-dialog';
import { useAccountsStore } from './accounts-store';
import { RemoveAccountDialog } from './remove-account-dialog';
import './accounts.css';

/** Settings → payment accounts: the list, the add/edit form and the removal confirmation. */
export function AccountsSection() {
  const { t } = useI18n();
  const views = useAccountsStore((s) => s.views);
  const status = useAccountsStore((s) => s.status);
  const loadError = useAccountsStore((s) => s.loadError);
  const reload = useAccountsStore((s) => s.load);
  const dialog = useAccountDialog((s) => s.dialog);
  const open = useAccountDialog((s) => s.open);
  const close = useAccountDialog((s) => s.close);
  const [announcement, setAnnouncement] = useState({ text: '', seq: 0 });
  const announce = (text: string) => setAnnouncement((s) => ({ text, seq: s.seq + 1 }));
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After an add or a removal the button that opened the dialog may be gone: keep focus in the section.
  useEffect(() => {
    if (announcement.seq > 0 && (document.activeElement === document.body || document.activeElement === null)) {
      headingRef.current?.focus();
    }
  }, [announcement.seq]);

  const target = dialog && dialog.kind !== 'add' ? views.find((v) => v.account.id === dialog.id) : undefined;
  const addButton = (
    <button type="button" className="button button-primary button-large" onClick={() => open({ kind: 'add' })}>
      {t('accounts.add')}
    </button>
  );

  return (
    <section className="card" aria-labelledby="accounts-title" data-testid="accounts-section">
      <div className="section-head">
        <h2 id="accounts-title" ref={headingRef} tabIndex={-1}>
          {t('accounts.title')}
        </h2>
        {views.length > 0 && addButton}
      </div>
      <p className="section-intro">{t('accounts.intro')}</p>
      <p className="form-status" role="status" data-testid="accounts-status">
        {announcement.text}
      </p>

      {status === 'loading' && <p>{t('accounts.loading')}</p>}
      {status === 'error' && loadError && (
        <div>
          <ErrorMessage error={loadError} />
          <button type="button" className="button" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {status === 'ready' && views.length === 0 && (
        <EmptyState
          testId="empty-accounts"
          headingLevel={3}
          icon={<WalletIcon />}
          title={t('accounts.empty.title')}
          body={t('accounts.empty.body')}
          action={{ label: t('accounts.add'), onClick: () => open({ kind: 'add' }) }}
        />
      )}
      {views.length > 0 && (
        <ul className="account-list">
          {views.map((view) => (
            <AccountCard key={view.account.id} view={view} />
          ))}
        </ul>
      )}

      {(dialog?.kind === 'add' || (dialog?.kind === 'edit' && target)) && (
        <AccountFormDialog
          view={dialog.kind === 'edit' ? target : undefined}
          onClose={close}
          onSaved={(label) => {
            close();
            announce(t('accounts.saved', { label }));
          }}
        />
      )}
      {dialog?.kind === 'remove' && target && (
        <RemoveAccountDialog
          view={target}
          onClose={close}
          onRemoved={(label) => {
            close();
            announce(t('accounts.removed', { label }));
          }}
        />
      )}
      <ServiceFormDialog />
    </section>
  );
}
