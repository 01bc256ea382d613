import { useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { AppError, Result } from '@shared/result';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';

type Counts = Extract<ChannelOutput<'data:backup'>, { saved: true }>['counts'];
type Busy = 'backup' | 'restore' | undefined;

/** Settings → "Verileriniz": one-file backup and a restore that checks the whole file first. */
export function DataSection() {
  const { t } = useI18n();
  const [busy, setBusy] = useState<Busy>();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppError>();
  const count = (counts: Counts, store: string) => counts[store] ?? 0;

  async function run<T>(kind: Busy, request: () => Promise<Result<T>>, onValue: (value: T) => string) {
    setBusy(kind);
    setStatus('');
    setError(undefined);
    const result = await request();
    setBusy(undefined);
    if (!result.ok) setError(result.error);
    else setStatus(onValue(result.value));
  }

  const backup = () =>
    run('backup', () => invoke('data:backup'), (value) =>
      value.saved
        ? t('data.backedUp', {
            history: count(value.counts, 'history'),
            outbox: count(value.counts, 'outbox'),
            contacts: count(value.counts, 'contacts'),
            products: count(value.counts, 'products'),
            accounts: count(value.counts, 'accounts'),
          })
        : '',
    );
  const restore = () =>
    run('restore', () => invoke('data:restore'), (value) => {
      if (!value.restored) return '';
      const params = { createdAt: formatIstanbulDateTime(value.createdAt), history: count(value.counts, 'history') };
      return value.restarting ? t('data.restoredRestarting', params) : t('data.restoredNextStart', params);
    });

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p className="section-intro">{t('data.intro')}</p>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy !== undefined} onClick={() => void backup()}>
          {busy === 'backup' ? t('data.backingUp') : t('data.backup')}
        </button>
        <button type="button" className="button" disabled={busy !== undefined} onClick={() => setConfirming(true)}>
          {busy === 'restore' ? t('data.restoring') : t('data.restore')}
        </button>
        <span className="form-status" role="status">
          {status}
        </span>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('data.restoreConfirmTitle')}
          confirmLabel={t('data.restoreConfirm')}
          onConfirm={restore}
          onClose={() => setConfirming(false)}
        >
          <p>{t('data.restoreConfirmBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
