import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useOutboxStore } from './outbox-store';

/** "Loading…", or why the outbox could not be read with a retry (the Outbox and Drafts pages). */
export function OutboxLoadState() {
  const { t } = useI18n();
  const status = useOutboxStore((s) => s.status);
  const error = useOutboxStore((s) => s.error);
  const load = useOutboxStore((s) => s.load);
  if (status === 'loading') return <p>{t('app.loading')}</p>;
  if (status !== 'error' || !error) return null;
  return (
    <div>
      <ErrorMessage error={error} lead={t('outbox.loadFailed')} />
      <button type="button" className="button" onClick={() => void load()}>
        {t('common.retry')}
      </button>
    </div>
  );
}
