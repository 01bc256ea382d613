/** Counter printing: import these from the result view, the history panel and the day-end report. */
export { PrintSlipButton, CustomerDisplayButton } from './print-slip-button';
export { openPrintPreview, openCustomerDisplay } from './print-store';
export { PrintHost } from './print-host';
export { CustomerDisplayPage } from './customer-display-page';
export { clearPrintPage, measureSlipMm, setPrintPage, slipReady } from './print-page';
export { usePrintRoot } from './use-print-root';
