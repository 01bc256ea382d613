import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DayEndReport } from '@shared/domain/day-end-report';
import { printsDirectly } from '@shared/domain/receipt-printer';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { clearPrintPage, measureSlipMm, setPrintPage, slipReady, usePrintRoot } from '../print';
import { useSettingsStore } from '../settings';
import { DayEndSlip } from './day-end-slip';

type Outcome = { kind: 'printed' | 'cancelled' } | { kind: 'error'; error: AppError };

/**
 * Prints the day-end slip through the same path as the QR slips: straight to the receipt printer
 * when one is set up (Settings → Printer; main encodes the slip), else the slip is laid out in the
 * print root, measured, and main prints the page on the paper and printer last used for QR slips.
 */
export function DayEndPrintButton({ report }: { report: DayEndReport }) {
  const { t } = useI18n();
  const settings = useSettingsStore((s) => s.settings);
  const options = settings.print ?? { paper: '80mm' as const, silent: false };
  const printRoot = usePrintRoot();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [printedAt, setPrintedAt] = useState(() => new Date());

  useEffect(() => clearPrintPage, []);
  useEffect(() => setOutcome(undefined), [report]);

  async function print() {
    if (busy) return;
    setBusy(true);
    setOutcome(undefined);
    setPrintedAt(new Date());
    if (printsDirectly(settings.receiptPrinter)) {
      const { fromDay, toDay } = report;
      const direct = await invoke('receipt:print-day-end', { fromDay, toDay });
      setBusy(false);
      return setOutcome(direct.ok ? { kind: 'printed' } : { kind: 'error', error: direct.error });
    }
    await slipReady(printRoot);
    const slipHeightMm = options.paper === 'a4' ? undefined : measureSlipMm(printRoot);
    setPrintPage(options.paper, slipHeightMm);
    const result = await invoke('reports:print-day-end', {
      paper: options.paper,
      slipHeightMm,
      printerName: options.printerName,
      silent: options.silent && options.printerName !== undefined,
    });
    setBusy(false);
    setOutcome(result.ok ? { kind: result.value.printed ? 'printed' : 'cancelled' } : { kind: 'error', error: result.error });
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void print()}>
        {t('dayEnd.print')}
      </button>
      <div aria-live="polite" className="day-end-print-status">
        {outcome?.kind === 'printed' && <p className="message message-success">{t('dayEnd.printed')}</p>}
        {outcome?.kind === 'error' && <ErrorMessage error={outcome.error} />}
      </div>
      {printRoot &&
        createPortal(<DayEndSlip report={report} shopName={settings.shopName} paper={options.paper} printedAt={printedAt} t={t} />, printRoot)}
    </>
  );
}
