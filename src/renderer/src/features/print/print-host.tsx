import { useEffect } from 'react';
import { useI18n } from '../../lib/use-i18n';
import { CustomerDisplayOverlay } from './customer-display-overlay';
import { PrintPreviewDialog } from './print-preview-dialog';
import { usePrintStore } from './print-store';

/**
 * Mounted once in the app: the print preview, the customer display and their shortcuts.
 * Ctrl+P (⌘P) opens the preview and Ctrl+Shift+D the customer display for the link whose print
 * button is on screen; inside the preview the same keys act on its link.
 */
export function PrintHost() {
  const { t } = useI18n();
  const display = usePrintStore((s) => s.display);
  const closeDisplay = usePrintStore((s) => s.closeDisplay);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const wantsPreview = key === 'p' && !event.shiftKey;
      const wantsDisplay = key === 'd' && event.shiftKey;
      if (!wantsPreview && !wantsDisplay) return;
      const state = usePrintStore.getState();
      const reference = state.targets.at(-1);
      if (!reference || state.preview || state.display) return;
      event.preventDefault();
      if (wantsPreview) void state.openPreview(reference);
      else void state.openDisplay(reference);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <PrintPreviewDialog />
      {display?.placement === 'full-screen' && <CustomerDisplayOverlay view={display.view} onClose={closeDisplay} />}
      {display?.placement === 'second-screen' && (
        <div className="second-screen-notice" role="status">
          <span>{t('display.onSecondScreen')}</span>
          <button type="button" className="button" onClick={closeDisplay}>
            {t('display.close')}
          </button>
        </div>
      )}
    </>
  );
}
