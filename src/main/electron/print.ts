import { userText } from '@shared/i18n/user-text';
import { BrowserWindow, screen } from 'electron';
import type { PrinterInfo } from '@shared/channels/print';
import { customerDisplayHash, type CustomerDisplayView } from '@shared/print/customer-display';
import { AppFailure } from '@shared/result';
import type { CustomerDisplayPlacement, PrintJob, SlipPrinter } from '../printing/printer';
import type { PdfPageSetup } from '../printing/page-setup';

/**
 * Electron's side of counter printing. The main window prints its own page: its print CSS shows
 * only the slip the renderer has drawn (the same one the preview shows), so there is no second
 * renderer to load, no content to pass around, and the fonts are already loaded. The customer
 * display is a bridge-less window on the other screen, or the main window in full screen.
 */
export function createElectronPrinter(getWindow: () => BrowserWindow | undefined, pageUrl: () => string): SlipPrinter {
  let displayWindow: BrowserWindow | undefined;
  let madeFullScreen = false;

  const mainWindow = (): BrowserWindow => {
    const window = getWindow();
    if (!window || window.isDestroyed()) throw AppFailure.of('internal', 'The PayDesk window is gone');
    return window;
  };

  async function printers(): Promise<PrinterInfo[]> {
    const list = await mainWindow().webContents.getPrintersAsync();
    return list.map((p) => ({ name: p.name, displayName: p.displayName || p.name, description: p.description || undefined }));
  }

  async function print(job: PrintJob): Promise<{ printed: boolean }> {
    const { deviceName, ...page } = job;
    // A printer unplugged or renamed since it was remembered: say so instead of printing elsewhere.
    if (deviceName && !(await printers()).some((p) => p.name === deviceName)) {
      throw AppFailure.of('not-found', 'The chosen printer is not installed', {
        userText: userText('answer.print.printerMissing', { deviceName }),
      });
    }
    const contents = mainWindow().webContents;
    return new Promise((resolve, reject) => {
      contents.print({ ...page, ...(deviceName ? { deviceName } : {}) }, (success, failureReason) => {
        if (success) resolve({ printed: true });
        else if (/cancel/i.test(failureReason)) resolve({ printed: false });
        else reject(printFailure(failureReason));
      });
    });
  }

  async function pdf(setup: PdfPageSetup): Promise<Uint8Array> {
    return new Uint8Array(await mainWindow().webContents.printToPDF(setup));
  }

  async function openCustomerDisplay(view: CustomerDisplayView): Promise<CustomerDisplayPlacement> {
    const main = mainWindow();
    const here = screen.getDisplayMatching(main.getBounds());
    const other = screen.getAllDisplays().find((d) => d.id !== here.id);
    if (!other) {
      if (!main.isFullScreen()) {
        main.setFullScreen(true);
        madeFullScreen = true;
      }
      return 'full-screen';
    }
    closeDisplayWindow();
    const window = new BrowserWindow({
      ...other.bounds,
      fullscreen: true,
      frame: false,
      show: false,
      title: 'PayDesk',
      backgroundColor: '#ffffff',
      // No preload: this window only draws the QR code from its URL and can call nothing in main.
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    window.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'Escape') {
        event.preventDefault();
        window.close();
      }
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (displayWindow === window) displayWindow = undefined;
    });
    // The customer display must not outlive the shop's window (the app quits when that closes).
    main.once('closed', () => {
      if (!window.isDestroyed()) window.close();
    });
    displayWindow = window;
    await window.loadURL(pageUrl() + customerDisplayHash(view));
    return 'second-screen';
  }

  function closeDisplayWindow(): void {
    if (displayWindow && !displayWindow.isDestroyed()) displayWindow.close();
    displayWindow = undefined;
  }

  async function closeCustomerDisplay(): Promise<void> {
    closeDisplayWindow();
    const main = getWindow();
    if (madeFullScreen && main && !main.isDestroyed()) main.setFullScreen(false);
    madeFullScreen = false;
  }

  return { printers, print, pdf, openCustomerDisplay, closeCustomerDisplay };
}

function printFailure(reason: string): AppFailure {
  const said = reason.slice(0, 200);
  return AppFailure.of('internal', `Printing failed: ${said}`, {
    userText: userText('answer.print.failed', { said }),
  });
}
