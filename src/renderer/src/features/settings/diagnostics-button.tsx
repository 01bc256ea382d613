import { useState } from 'react';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'copied' } | { kind: 'shown'; text: string } | { kind: 'failed'; error: AppError };

/**
 * "Tanı bilgisini kopyala": main builds a redacted report; it goes to the clipboard. When the
 * clipboard refuses, the report is shown in a read-only box so it can still be copied by hand.
 */
export function DiagnosticsButton() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function copy() {
    setState({ kind: 'busy' });
    const result = await invoke('app:diagnostics');
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    try {
      await navigator.clipboard.writeText(result.value.text);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'shown', text: result.value.text });
    }
  }

  return (
    <div className="diagnostics">
      <p className="section-intro">{t('diagnostics.help')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={state.kind === 'busy'} onClick={() => void copy()}>
          {state.kind === 'busy' ? t('diagnostics.copying') : t('diagnostics.copy')}
        </button>
        <span className="form-status" role="status">
          {state.kind === 'copied' ? t('diagnostics.copied') : ''}
        </span>
      </div>
      {state.kind === 'failed' && <ErrorMessage error={state.error} />}
      {state.kind === 'shown' && (
        <>
          <p className="message message-error" role="alert">
            {t('diagnostics.copyFailed')}
          </p>
          <textarea className="input diagnostics-text" readOnly rows={12} value={state.text} aria-label={t('diagnostics.copy')} />
        </>
      )}
    </div>
  );
}
