/** Counter printing: import these from the result view and the history panel. */
export { PrintSlipButton, CustomerDisplayButton } from './print-slip-button';
export { openPrintPreview, openCustomerDisplay } from './print-store';
export { PrintHost } from './print-host';
export { CustomerDisplayPage } from './customer-display-page';
