import { create } from 'zustand';
import type { AppError } from '@shared/result';
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

/** The last export's outcome, shared by the button (in the page header) and its message (below it). */
const useExportState = create<{ status: ExportState }>()(() => ({ status: { state: 'idle' } }));

/** Exports exactly what the list shows (the same filter) as CSV, where the user chooses. */
export function ExportButton() {
  const { t } = useI18n();
  const filter = useHistoryStore((s) => s.filter);
  const status = useExportState((s) => s.status);

  async function run() {
    if (!filter) return;
    useExportState.setState({ status: { state: 'running' } });
    const result = await invoke('history:export', { filter });
    if (!result.ok) return useExportState.setState({ status: { state: 'failed', error: result.error } });
    const { saved, rows, fileName } = result.value;
    useExportState.setState({ status: saved ? { state: 'saved', rows, fileName: fileName ?? '' } : { state: 'cancelled' } });
  }

  return (
    <button type="button" className="button" disabled={!filter || status.state === 'running'} onClick={() => void run()}>
      {status.state === 'running' ? t('history.exporting') : t('history.export')}
    </button>
  );
}

/** Where the export went (or why not), announced politely. */
export function ExportStatus() {
  const { t, language } = useI18n();
  const status = useExportState((s) => s.status);
  return (
    <div aria-live="polite" data-testid="export-status" className="export-status">
      {status.state === 'saved' && (
        <p className="message message-success">
          {t('history.export.saved', { rows: formatCount(status.rows, language), file: status.fileName })}
        </p>
      )}
      {status.state === 'cancelled' && <p className="message">{t('history.export.cancelled')}</p>}
      {status.state === 'failed' && <ErrorMessage error={status.error} lead={t('history.export.failed')} />}
    </div>
  );
}
