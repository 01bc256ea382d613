import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useReceiptPrintStore } from './receipt-print-store';

/**
 * What happened to the slip sent to the receipt printer: sending, printed, or why not, with
 * "Print again" (the link is in history, nothing is lost) and the preview as the other way.
 */
export function ReceiptPrintStatus({ onPreview }: { onPreview?: (reference: string) => void }) {
  const { t } = useI18n();
  const job = useReceiptPrintStore((s) => s.job);
  const print = useReceiptPrintStore((s) => s.print);
  const dismiss = useReceiptPrintStore((s) => s.dismiss);
  // The live region is always there, so a screen reader hears each change of its text.
  return (
    <div className={`receipt-status receipt-status-${job?.state ?? 'idle'}`} data-testid="receipt-status">
      <p role="status" className="receipt-status-text">
        {job?.state === 'printing' && t('receipt.printing')}
        {job?.state === 'printed' && t('receipt.printed', { printer: job.printer })}
      </p>
      {job?.state === 'failed' && (
        <>
          <ErrorMessage error={job.error} lead={t('receipt.failed')} />
          <div className="receipt-status-actions">
            <button type="button" className="button button-primary" onClick={() => void print(job.reference)}>
              {t('receipt.retry')}
            </button>
            {onPreview && (
              <button type="button" className="button" onClick={() => onPreview(job.reference)}>
                {t('receipt.preview')}
              </button>
            )}
            <button type="button" className="button" onClick={dismiss}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
