import { useEffect } from 'react';
import { useI18n } from '../../lib/use-i18n';
import { PrinterIcon, ScreenIcon } from '../../components/icons';
import { addPrintTarget, openCustomerDisplay, openPrintPreview } from './print-store';
import { useDirectPrinting } from './receipt-print-store';

interface ButtonProps {
  reference: string;
  className?: string;
}

/**
 * Opens the slip preview for a link. While it is on screen, Ctrl+P (⌘P) opens the same preview,
 * or with a receipt printer set up P / Ctrl+P print straight to it, and Ctrl+Shift+D opens the
 * customer display (handled in PrintHost).
 */
export function PrintSlipButton({ reference, className = 'button' }: ButtonProps) {
  const { t } = useI18n();
  const direct = useDirectPrinting();
  useEffect(() => addPrintTarget(reference), [reference]);
  return (
    <button
      type="button"
      className={className}
      onClick={() => openPrintPreview(reference)}
      aria-keyshortcuts={direct ? 'P Control+P' : 'Control+P'}
    >
      <PrinterIcon />
      {t('print.button')}
    </button>
  );
}

/** Shows the link's QR code to the customer (second screen, or this window in full screen). */
export function CustomerDisplayButton({ reference, className = 'button' }: ButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={className}
      onClick={() => openCustomerDisplay(reference)}
      aria-keyshortcuts="Control+Shift+D"
    >
      <ScreenIcon />
      {t('display.button')}
    </button>
  );
}
