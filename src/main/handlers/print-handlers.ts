import type { SaveFile } from '../desktop-host';
import { userText } from '@shared/i18n/user-text';
import type { HandlerTable } from '@shared/contract';
import type { PaperSize, Settings } from '@shared/domain/settings';
import type { TimelineEvent } from '@shared/domain/link-record';
import { customerDisplayViewSchema } from '@shared/print/customer-display';
import { AppFailure, ok } from '@shared/result';
import type { Logger } from '../log/logger';
import { pdfPageSetup, printPageSetup } from '../printing/page-setup';
import { printableLink, type PrintLinks } from '../printing/print-links';
import type { SlipPrinter } from '../printing/printer';


export interface PrintHandlerDeps {
  printer?: SlipPrinter;
  saveFile?: SaveFile;
  links: PrintLinks;
  settings: { get(): Settings };
  logger: Logger;
}

type PrintChannel = 'print:printers' | 'print:slip' | 'print:pdf' | 'display:open' | 'display:close';

const unsupported = () =>
  AppFailure.of('unsupported', 'Printing is not available in this build', {
    userText: userText('answer.print.desktopOnly'),
  });

const paperText: Record<PaperSize, string> = { '58mm': '58 mm', '80mm': '80 mm', a4: 'A4' };

export function printHandlers(deps: PrintHandlerDeps) {
  const { links, logger } = deps;
  const printer = (): SlipPrinter => {
    if (!deps.printer) throw unsupported();
    return deps.printer;
  };
  const printable = (reference: string) => printableLink(links, reference);
  // The print or display already happened: a timeline that cannot be written is logged, not reported as a failed print.
  const note = async (reference: string, event: Omit<TimelineEvent, 'at'>) => {
    await links.note(reference, event).catch((error: unknown) => logger.log('warn', 'print.timeline-failed', { error }));
  };

  return {
    'print:printers': async () => ok(await printer().printers()),
    'print:slip': async ({ reference, paper, slipHeightMm, printerName, silent }) => {
      const device = printer();
      printable(reference);
      const detail = printerName ? `${paperText[paper]} · ${printerName}` : paperText[paper];
      try {
        const outcome = await device.print({ ...printPageSetup(paper, slipHeightMm), deviceName: printerName, silent });
        if (outcome.printed) await note(reference, { kind: 'printed', outcome: 'ok', detail });
        return ok(outcome);
      } catch (error) {
        if (error instanceof AppFailure) await note(reference, { kind: 'printed', outcome: 'failed', detail, error: error.error });
        throw error;
      }
    },
    'print:pdf': async ({ reference, paper, slipHeightMm }) => {
      const device = printer();
      if (!deps.saveFile) throw unsupported();
      printable(reference);
      const bytes = await device.pdf(pdfPageSetup(paper, slipHeightMm));
      const saved = await deps.saveFile(`PayDesk-${reference}-${paper}.pdf`, bytes);
      if (saved.saved) await note(reference, { kind: 'printed', outcome: 'ok', detail: `PDF · ${paperText[paper]}` });
      return ok(saved);
    },
    'display:open': async ({ reference }) => {
      const device = printer();
      const record = printable(reference);
      const { shopName, language } = deps.settings.get();
      // The view travels in the display window's URL and is parsed there: check it the same way here.
      const view = customerDisplayViewSchema.safeParse({ shopName, language, amount: record.amount, description: record.description, url: record.url });
      if (!view.success) throw AppFailure.of('invalid-input', 'This link cannot be shown on the customer display');
      const placement = await device.openCustomerDisplay(view.data);
      await note(reference, { kind: 'qr-shown', outcome: 'ok' });
      return ok({ placement });
    },
    'display:close': async () => {
      await printer().closeCustomerDisplay();
      return ok({ done: true as const });
    },
  } satisfies Pick<HandlerTable, PrintChannel>;
}
