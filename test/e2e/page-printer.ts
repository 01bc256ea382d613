import type { Page } from '@playwright/test';
import type { PdfPageSetup } from '../../src/main/printing/page-setup';
import type { PrintJob, SlipPrinter } from '../../src/main/printing/printer';
import type { PrinterInfo } from '../../src/shared/channels/print';
import type { CustomerDisplayView } from '../../src/shared/print/customer-display';

/**
 * The e2e stand-in for src/main/electron/print.ts: the page prints itself through Chromium's own PDF
 * printing (what Electron's printToPDF and print use), with the page setup main computed. A print
 * job is kept as the PDF the printer would have received, so a test can look at what came out.
 */
export class PagePrinter implements SlipPrinter {
  page: Page | undefined;
  readonly jobs: { job: PrintJob; output: Buffer }[] = [];
  readonly pdfs: PdfPageSetup[] = [];
  readonly views: CustomerDisplayView[] = [];
  closed = 0;
  /** A headless browser has no second screen; a test may pretend it has. */
  placement: 'full-screen' | 'second-screen' = 'full-screen';

  constructor(private readonly list: PrinterInfo[]) {}

  async printers(): Promise<PrinterInfo[]> {
    return this.list;
  }

  async print(job: PrintJob): Promise<{ printed: boolean }> {
    const mm = (microns: number) => `${microns / 1000}mm`;
    const output = await this.pdfOf({ width: mm(job.pageSize.width), height: mm(job.pageSize.height) });
    this.jobs.push({ job, output });
    return { printed: true };
  }

  async pdf(setup: PdfPageSetup): Promise<Uint8Array> {
    this.pdfs.push(setup);
    return this.pdfOf({ width: `${setup.pageSize.width}in`, height: `${setup.pageSize.height}in` });
  }

  async openCustomerDisplay(view: CustomerDisplayView): Promise<'full-screen' | 'second-screen'> {
    this.views.push(view);
    return this.placement;
  }

  async closeCustomerDisplay(): Promise<void> {
    this.closed++;
  }

  private pdfOf(size: { width: string; height: string }): Promise<Buffer> {
    if (!this.page) throw new Error('PagePrinter: no page attached');
    return this.page.pdf({ ...size, margin: { top: '0', right: '0', bottom: '0', left: '0' }, printBackground: true });
  }
}
