import type { PrinterInfo } from '@shared/channels/print';
import type { CustomerDisplayView } from '@shared/print/customer-display';
import type { PdfPageSetup, PrintPageSetup } from './page-setup';

export interface PrintJob extends PrintPageSetup {
  /** The OS printer name; absent = the system dialog asks. */
  deviceName?: string;
  silent: boolean;
}

export type CustomerDisplayPlacement = 'second-screen' | 'full-screen';

/**
 * What the core needs from the machine to print (Electron's webContents and screens in the app,
 * see src/main/electron/print.ts). Injected so createCore stays Electron-free; without one the print and
 * display channels answer `unsupported`.
 */
export interface SlipPrinter {
  printers(): Promise<PrinterInfo[]>;
  /** Prints the window's page (its print CSS shows only the slip). `printed: false` = the user cancelled. Throws AppFailure on a printer failure. */
  print(job: PrintJob): Promise<{ printed: boolean }>;
  /** The window's page as PDF bytes. */
  pdf(setup: PdfPageSetup): Promise<Uint8Array>;
  openCustomerDisplay(view: CustomerDisplayView): Promise<CustomerDisplayPlacement>;
  closeCustomerDisplay(): Promise<void>;
}
