import { useEffect } from 'react';
import { useI18n } from '../../lib/use-i18n';
import { CustomerDisplayOverlay } from './customer-display-overlay';
import { PrintPreviewDialog } from './print-preview-dialog';
import { usePrintStore } from './print-store';
import { directPrintingConfigured, useReceiptPrintStore } from './receipt-print-store';
import { ReceiptPrintStatus } from './receipt-print-status';
import { isTypingTarget } from './typing-target';

/**
 * Mounted once in the app: the print preview, the customer display and their shortcuts, for the
 * link whose print button is on screen (inside the preview the same keys act on its link).
 * Ctrl+P (⌘P) opens the preview, or, with a receipt printer in Settings → Printer, prints the
 * slip straight to it; P alone does the same there when no text field has the keyboard.
 * Ctrl+Shift+D opens the customer display.
 */
export function PrintHost() {
  const { t } = useI18n();
  const display = usePrintStore((s) => s.display);
  const preview = usePrintStore((s) => s.preview);
  const closeDisplay = usePrintStore((s) => s.closeDisplay);
  const openPreview = usePrintStore((s) => s.openPreview);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const modified = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const direct = directPrintingConfigured();
      const bareP = !modified && !event.shiftKey && key === 'p' && direct && !isTypingTarget(event.target);
      const wantsPrint = (modified && key === 'p' && !event.shiftKey) || bareP;
      const wantsDisplay = modified && key === 'd' && event.shiftKey;
      if (!wantsPrint && !wantsDisplay) return;
      const state = usePrintStore.getState();
      const reference = state.targets.at(-1);
      if (!reference || state.preview || state.display) return;
      // Another dialog (resend, confirm …) keeps a plain letter key for itself.
      if (bareP && document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (wantsDisplay) void state.openDisplay(reference);
      else if (direct) void useReceiptPrintStore.getState().print(reference);
      else void state.openPreview(reference);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <PrintPreviewDialog />
      {/* The preview shows the receipt printer's answer itself. */}
      {!preview && (
        <div className="receipt-status-dock">
          <ReceiptPrintStatus onPreview={(reference) => void openPreview(reference)} />
        </div>
      )}
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
