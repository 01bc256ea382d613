import type { SaveFile } from '../desktop-host';
import { userText } from '@shared/i18n/user-text';
import type { HandlerTable } from '@shared/contract';
import type { Settings } from '@shared/domain/settings';
import { fail, ok } from '@shared/result';
import type { Clock } from '../clock';
import { historyCsv, historyCsvFileName } from '../export/history-csv';
import type { HistoryStore } from '../store/history/history-store';

/** Asks where to save (a save dialog in the app) and writes the content there. Same as CoreDeps.saveFile. */

export interface HistoryHandlerDeps {
  history: HistoryStore;
  settings: { get(): Settings };
  clock: Clock;
  /** Absent (tests without a folder, the browser preview) = export answers `unsupported`. */
  saveFile?: SaveFile;
}

export function historyHandlers({ history, settings, clock, saveFile }: HistoryHandlerDeps) {
  return {
    'history:query': async ({ filter, offset, limit }) => ok(history.query(filter, offset, limit)),
    'history:get': async ({ reference }) => {
      const record = history.get(reference);
      return record ? ok(record) : fail('not-found', 'No such link in history');
    },
    'history:export': async ({ filter }) => {
      if (!saveFile) {
        // Nothing to do with a provider: this window cannot ask where to save a file.
        return fail('unsupported', 'Saving files is not available here', {
          userText: userText('answer.export.noSaveDialog'),
        });
      }
      const records = await history.loadMatching(filter);
      const language = settings.get().language;
      const result = await saveFile(historyCsvFileName(language, clock.now()), historyCsv(records, language));
      // The contract caps the name; a very deep path keeps its end (the file name).
      const fileName = result.fileName?.slice(-300);
      return ok({ saved: result.saved, rows: records.length, ...(fileName ? { fileName } : {}) });
    },
  } satisfies Pick<HandlerTable, 'history:query' | 'history:get' | 'history:export'>;
}
