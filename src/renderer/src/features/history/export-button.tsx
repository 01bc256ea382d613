import { useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useHistoryStore } from './history-store';
import { formatCount } from './totals-model';

type ExportState =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'saved'; rows: number; fileName: string }
  | { state: 'cancelled' }
  | { state: 'failed'; error: AppError };

/** Exports exactly what the list shows (the same filter) as CSV, where the user chooses. */
export function ExportButton() {
  const { t, language } = useI18n();
  const filter = useHistoryStore((s) => s.filter);
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });

  async function run() {
    if (!filter) return;
    setStatus({ state: 'running' });
    const result = await invoke('history:export', { filter });
    if (!result.ok) return setStatus({ state: 'failed', error: result.error });
    const { saved, rows, fileName } = result.value;
    setStatus(saved ? { state: 'saved', rows, fileName: fileName ?? '' } : { state: 'cancelled' });
  }

  return (
    <div className="export">
      <button type="button" className="button" disabled={!filter || status.state === 'running'} onClick={() => void run()}>
        {status.state === 'running' ? t('history.exporting') : t('history.export')}
      </button>
      <div aria-live="polite" data-testid="export-status" className="export-status">
        {status.state === 'saved' && (
          <p className="message message-success">
            {t('history.export.saved', { rows: formatCount(status.rows, language), file: status.fileName })}
          </p>
        )}
        {status.state === 'cancelled' && <p className="message">{t('history.export.cancelled')}</p>}
        {status.state === 'failed' && <ErrorMessage error={status.error} lead={t('history.export.failed')} />}
      </div>
    </div>
  );
}
