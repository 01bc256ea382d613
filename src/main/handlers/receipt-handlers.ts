import type { HandlerTable } from '@shared/contract';
import { AppFailure, ok } from '@shared/result';
import type { Logger } from '../log/logger';
import { printableLink, type PrintLinks } from '../printing/print-links';
import type { ReceiptPrinting } from '../printing/receipt/receipt-printing';
import { dayEndReport } from '../reports/day-end';
import type { HistoryStore } from '../store/history/history-store';

/**
 * Direct printing to the receipt printer. A slip that did not come out is noted on the link's
 * timeline as a failed print (the link stays in history; the owner prints it again from there).
 */
export function receiptHandlers(deps: { receipts: ReceiptPrinting; links: PrintLinks; history: Pick<HistoryStore, 'loadMatching'>; logger: Logger }) {
  const { receipts, links, logger } = deps;
  const note = async (reference: string, event: Parameters<PrintLinks['note']>[1]) => {
    await links.note(reference, event).catch((error: unknown) => logger.log('warn', 'print.timeline-failed', { error }));
  };

  return {
    'receipt:print': async ({ reference }) => {
      const record = printableLink(links, reference);
      try {
        const printed = await receipts.printLink(record);
        logger.log('info', 'receipt.printed', { reference, printer: printed.printer, bytes: printed.bytes });
        await note(reference, { kind: 'printed', outcome: 'ok', detail: `ESC/POS · ${printed.printer}` });
        return ok(printed);
      } catch (error) {
        logger.log('warn', 'receipt.failed', { reference, error });
        if (error instanceof AppFailure) await note(reference, { kind: 'printed', outcome: 'failed', detail: 'ESC/POS', error: error.error });
        throw error;
      }
    },
    'receipt:print-day-end': async (range) => {
      const printed = await receipts.printDayEnd(await dayEndReport(deps.history, range));
      logger.log('info', 'receipt.day-end-printed', { ...range, printer: printed.printer, bytes: printed.bytes });
      return ok(printed);
    },
    'receipt:test-print': async () => {
      const printed = await receipts.printTest();
      logger.log('info', 'receipt.test-printed', { printer: printed.printer, bytes: printed.bytes });
      return ok(printed);
    },
    'receipt:serial-ports': async () => ok(await receipts.serialPorts()),
  } satisfies Pick<HandlerTable, 'receipt:print' | 'receipt:print-day-end' | 'receipt:test-print' | 'receipt:serial-ports'>;
}
