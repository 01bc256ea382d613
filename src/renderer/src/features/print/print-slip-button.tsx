import { useEffect } from 'react';
import { useI18n } from '../../lib/use-i18n';
import { PrinterIcon, ScreenIcon } from '../../components/icons';
import { addPrintTarget, openCustomerDisplay, openPrintPreview } from './print-store';

interface ButtonProps {
  reference: string;
  className?: string;
}

/**
 * Opens the slip preview for a link. While it is on screen, Ctrl+P (⌘P) opens the same preview
 * and Ctrl+Shift+D the customer display (handled in PrintHost).
 */
export function PrintSlipButton({ reference, className = 'button' }: ButtonProps) {
  const { t } = useI18n();
  useEffect(() => addPrintTarget(reference), [reference]);
  return (
    <button type="button" className={className} onClick={() => openPrintPreview(reference)} aria-keyshortcuts="Control+P">
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
