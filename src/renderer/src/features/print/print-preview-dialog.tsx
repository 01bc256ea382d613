import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PrintSettings } from '@shared/domain/settings';
import type { AppError } from '@shared/result';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from '../settings';
import { paperKeys, PrintOptions, type PrinterList } from './print-options';
import { clearPrintPage, measureSlipMm, setPrintPage, slipReady } from './print-page';
import { usePrintStore, type PrintableRecord } from './print-store';
import { useDirectPrinting, useReceiptPrintStore } from './receipt-print-store';
import { ReceiptPrintStatus } from './receipt-print-status';
import { Slip } from './slip';
import { slipDataFrom } from './slip-data';
import { isTypingTarget } from './typing-target';
import { usePrintRoot } from './use-print-root';
import './print.css';

const defaultOptions: PrintSettings = { paper: '80mm', silent: false };

type Outcome = { kind: 'printed' | 'cancelled' | 'pdf-not-saved' } | { kind: 'pdf-saved'; fileName: string } | { kind: 'error'; error: AppError };

/** The slip preview: what you see is the copy that prints (the same component, in the print root). */
export function PrintPreviewDialog() {
  const { t } = useI18n();
  const preview = usePrintStore((s) => s.preview);
  const closePreview = usePrintStore((s) => s.closePreview);
  if (!preview) return null;
  return (
    <Dialog title={t('print.title')} onClose={closePreview} size="large">
      {preview.state === 'loading' && <p role="status">{t('print.loading')}</p>}
      {preview.state === 'failed' && (
        <>
          {preview.error && <ErrorMessage error={preview.error} />}
          {preview.noUrl && (
            <p className="message message-error" role="alert">
              {t('print.noUrl')}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={closePreview}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
      {preview.state === 'ready' && <ReadyPreview record={preview.record} />}
    </Dialog>
  );
}

function ReadyPreview({ record }: { record: PrintableRecord }) {
  const { t } = useI18n();
  const settings = useSettingsStore((s) => s.settings);
  const updateSettings = useSettingsStore((s) => s.update);
  const closePreview = usePrintStore((s) => s.closePreview);
  const openDisplay = usePrintStore((s) => s.openDisplay);
  const [options, setOptions] = useState<PrintSettings>(settings.print ?? defaultOptions);
  const [printers, setPrinters] = useState<PrinterList>({ state: 'loading' });
  const [busy, setBusy] = useState<'print' | 'pdf' | undefined>();
  const [outcome, setOutcome] = useState<Outcome>();
  const printButton = useRef<HTMLButtonElement>(null);
  const printRoot = usePrintRoot();
  const data = slipDataFrom(record, settings);
  const direct = useDirectPrinting();
  const receiptJob = useReceiptPrintStore((s) => s.job);
  const printOnReceiptPrinter = () => {
    setOutcome(undefined);
    void useReceiptPrintStore.getState().print(record.reference);
  };

  useEffect(() => {
    let live = true;
    void invoke('print:printers').then((result) => {
      if (live) setPrinters(result.ok ? { state: 'ready', printers: result.value } : { state: 'unavailable' });
    });
    // Print is the likely next key: focus it once the modal has opened (after the dialog's own focus).
    const timer = setTimeout(() => printButton.current?.focus(), 0);
    return () => {
      live = false;
      clearTimeout(timer);
      clearPrintPage();
    };
  }, []);

  function change(next: PrintSettings) {
    setOptions(next);
    setOutcome(undefined);
    void updateSettings({ print: next });
  }

  /** Lays the page out for this paper and slip, then hands over to main. */
  async function preparePage(): Promise<number | undefined> {
    await slipReady(printRoot);
    const slipHeightMm = options.paper === 'a4' ? undefined : measureSlipMm(printRoot);
    setPrintPage(options.paper, slipHeightMm);
    return slipHeightMm;
  }

  async function print() {
    if (busy) return;
    setBusy('print');
    setOutcome(undefined);
    const slipHeightMm = await preparePage();
    const result = await invoke('print:slip', {
      reference: record.reference,
      paper: options.paper,
      slipHeightMm,
      printerName: options.printerName,
      silent: options.silent && options.printerName !== undefined,
    });
    setBusy(undefined);
    setOutcome(result.ok ? { kind: result.value.printed ? 'printed' : 'cancelled' } : { kind: 'error', error: result.error });
  }

  async function savePdf() {
    if (busy) return;
    setBusy('pdf');
    setOutcome(undefined);
    const slipHeightMm = await preparePage();
    const result = await invoke('print:pdf', { reference: record.reference, paper: options.paper, slipHeightMm });
    setBusy(undefined);
    if (!result.ok) setOutcome({ kind: 'error', error: result.error });
    else if (result.value.saved) setOutcome({ kind: 'pdf-saved', fileName: result.value.fileName ?? '' });
    else setOutcome({ kind: 'pdf-not-saved' });
  }

  const unavailable = printers.state === 'unavailable';
  return (
    <form
      className="print-preview"
      onSubmit={(e) => {
        e.preventDefault();
        if (direct) printOnReceiptPrinter();
        else void print();
      }}
      onKeyDown={(e) => {
        // Inside the preview the shortcuts act on this link (PrintHost skips handled keys).
        const key = e.key.toLowerCase();
        if (direct && key === 'p' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && !isTypingTarget(e.target)) {
          e.preventDefault();
          printOnReceiptPrinter();
          return;
        }
        if (!(e.ctrlKey || e.metaKey)) return;
        if (key === 'p' && !e.shiftKey) {
          e.preventDefault();
          if (direct) printOnReceiptPrinter();
          else if (!unavailable) void print();
        } else if (key === 'd' && e.shiftKey) {
          e.preventDefault();
          void openDisplay(record.reference);
        }
      }}
      noValidate
    >
      <div
        className={`print-preview-paper print-preview-${options.paper}`}
        role="img"
        aria-label={t('print.previewLabel', { paper: t(paperKeys[options.paper]) })}
      >
        <Slip data={data} paper={options.paper} t={t} />
      </div>
      <div className="print-preview-side">
        <PrintOptions options={options} printers={printers} onChange={change} />
        <div className="print-outcome" role="status">
          {busy === 'print' && t('print.printing')}
          {busy === 'pdf' && t('print.savingPdf')}
          {outcome?.kind === 'printed' && t('print.printed')}
          {outcome?.kind === 'cancelled' && t('print.cancelled')}
          {outcome?.kind === 'pdf-saved' && t('print.pdfSaved', { fileName: outcome.fileName })}
          {outcome?.kind === 'pdf-not-saved' && t('print.pdfNotSaved')}
        </div>
        {outcome?.kind === 'error' && <ErrorMessage error={outcome.error} />}
        {direct && receiptJob?.reference === record.reference && <ReceiptPrintStatus />}
        <p className="field-help">{direct ? t('receipt.shortcutHint') : t('print.shortcutHint')}</p>
      </div>
      <div className="dialog-actions print-actions">
        <button type="button" className="button" onClick={closePreview}>
          {t('common.close')}
        </button>
        <button type="button" className="button" onClick={() => void openDisplay(record.reference)} aria-keyshortcuts="Control+Shift+D">
          {t('display.button')}
        </button>
        <button type="button" className="button" disabled={unavailable || busy !== undefined} onClick={() => void savePdf()}>
          {t('print.pdf')}
        </button>
        {direct ? (
          <>
            <button type="button" className="button" disabled={unavailable || busy !== undefined} onClick={() => void print()}>
              {t('print.print')}
            </button>
            <button
              ref={printButton}
              type="submit"
              className="button button-primary"
              disabled={receiptJob?.state === 'printing'}
              aria-keyshortcuts="P Control+P"
            >
              {t('receipt.print')}
            </button>
          </>
        ) : (
          <button ref={printButton} type="submit" className="button button-primary" disabled={unavailable || busy !== undefined} aria-keyshortcuts="Control+P">
            {t('print.print')}
          </button>
        )}
      </div>
      {printRoot &&
        createPortal(
          <div className="print-copy">
            <Slip data={data} paper={options.paper} t={t} />
          </div>,
          printRoot,
        )}
    </form>
  );
}
