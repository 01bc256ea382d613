import { useState } from 'react';
import type { AccountView } from '@shared/domain/account';
import type { AppError } from '@shared/result';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useAccountsStore } from './accounts-store';

interface RemoveAccountDialogProps {
  view: AccountView;
  onClose(): void;
  onRemoved(label: string): void;
}

/** Removal always asks first; "Cancel" is the first button so Enter on open does not delete. */
export function RemoveAccountDialog({ view, onClose, onRemoved }: RemoveAccountDialogProps) {
  const { t } = useI18n();
  const remove = useAccountsStore((s) => s.remove);
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const label = view.account.label;

  async function confirm() {
    setBusy(true);
    const result = await remove(view.account.id);
    setBusy(false);
    if (result.ok) onRemoved(label);
    else setError(result.error);
  }

  return (
    <Dialog title={t('accounts.remove.title', { label })} onClose={onClose} alert>
      <p>{t('accounts.remove.body')}</p>
      {error && <ErrorMessage error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-large" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger button-large" disabled={busy} onClick={() => void confirm()}>
          {t('accounts.remove.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
