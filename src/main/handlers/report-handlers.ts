import { userText } from '@shared/i18n/user-text';
import type { HandlerTable } from '@shared/contract';
import type { Settings } from '@shared/domain/settings';
import { AppFailure, fail, ok } from '@shared/result';
import { dayEndCsv, dayEndCsvFileName } from '../export/day-end-csv';
import type { SlipPrinter } from '../printing/printer';
import { printPageSetup } from '../printing/page-setup';
import { dayEndReport } from '../reports/day-end';
import type { HistoryStore } from '../store/history/history-store';
import type { SaveFile } from '../desktop-host';

export interface ReportHandlerDeps {
  history: Pick<HistoryStore, 'loadMatching'>;
  settings: { get(): Settings };
  saveFile?: SaveFile;
  printer?: SlipPrinter;
}

type ReportChannel = 'reports:day-end' | 'reports:day-end-export' | 'reports:print-day-end';

export function reportHandlers({ history, settings, saveFile, printer }: ReportHandlerDeps) {
  return {
    'reports:day-end': async (range) => ok(await dayEndReport(history, range)),
    'reports:day-end-export': async (range) => {
      if (!saveFile) return fail('unsupported', 'Saving files is not available here');
      const report = await dayEndReport(history, range);
      const language = settings.get().language;
      const result = await saveFile(dayEndCsvFileName(report, language), dayEndCsv(report, language));
      const fileName = result.fileName?.slice(-300);
      return ok({ saved: result.saved, ...(fileName ? { fileName } : {}) });
    },
    'reports:print-day-end': async ({ paper, slipHeightMm, printerName, silent }) => {
      if (!printer) {
        throw AppFailure.of('unsupported', 'Printing is not available in this build', {
          userText: userText('answer.print.desktopOnlyReport'),
        });
      }
      return ok(await printer.print({ ...printPageSetup(paper, slipHeightMm), deviceName: printerName, silent }));
    },
  } satisfies Pick<HandlerTable, ReportChannel>;
}
