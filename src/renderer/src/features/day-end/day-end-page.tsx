import { useEffect, useState } from 'react';
import type { DayEndRange } from '@shared/domain/day-end-report';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { PageHeading } from '../../components/page-heading';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { DayEndPrintButton } from './day-end-print';
import { istanbulDay, useDayEndStore } from './day-end-store';
import { DayEndTables } from './day-end-tables';
import './day-end.css';

type ExportOutcome = { kind: 'saved'; fileName: string } | { kind: 'error'; error: AppError };

/** Gün sonu: what was made on a day (or range of days) in Istanbul time and what became of it. */
export function DayEndPage() {
  const { t } = useI18n();
  const range = useDayEndStore((s) => s.range);
  const load = useDayEndStore((s) => s.load);
  const show = useDayEndStore((s) => s.show);
  const [exported, setExported] = useState<ExportOutcome>();

  useEffect(() => {
    // Each visit starts at today: that is the question at closing time.
    void show(istanbulDay(new Date()));
  }, [show]);

  function choose(next: DayEndRange) {
    setExported(undefined);
    void show(next);
  }

  async function exportCsv() {
    const result = await invoke('reports:day-end-export', range);
    if (!result.ok) setExported({ kind: 'error', error: result.error });
    else if (result.value.saved) setExported({ kind: 'saved', fileName: result.value.fileName ?? '' });
  }

  const report = load.state === 'ready' ? load.report : undefined;
  return (
    <div className="day-end-page">
      <PageHeading
        actions={
          report && (
            <>
              <button type="button" className="button" onClick={() => void exportCsv()}>
                {t('dayEnd.export')}
              </button>
              <DayEndPrintButton report={report} />
            </>
          )
        }
      >
        {t('dayEnd.title')}
      </PageHeading>
      <p className="muted">{t('dayEnd.intro')}</p>
      <RangePicker range={range} onChoose={choose} />
      <div aria-live="polite">
        {exported?.kind === 'saved' && <p className="message message-success">{t('dayEnd.exported', { file: exported.fileName })}</p>}
        {exported?.kind === 'error' && <ErrorMessage error={exported.error} />}
      </div>
      {load.state === 'loading' && <p role="status">{t('dayEnd.loading')}</p>}
      {load.state === 'failed' && <ErrorMessage error={load.error} />}
      {report && (report.made.count === 0 ? <p data-testid="day-end-empty">{t('dayEnd.empty')}</p> : <DayEndTables report={report} />)}
    </div>
  );
}

function RangePicker({ range, onChoose }: { range: DayEndRange; onChoose: (range: DayEndRange) => void }) {
  const { t } = useI18n();
  const today = istanbulDay(new Date());
  const yesterday = istanbulDay(new Date(), 1);
  const same = (a: DayEndRange, b: DayEndRange) => a.fromDay === b.fromDay && a.toDay === b.toDay;
  return (
    <div className="day-end-range">
      <button type="button" className="button" aria-pressed={same(range, today)} onClick={() => onChoose(today)}>
        {t('dayEnd.today')}
      </button>
      <button type="button" className="button" aria-pressed={same(range, yesterday)} onClick={() => onChoose(yesterday)}>
        {t('dayEnd.yesterday')}
      </button>
      <label className="field">
        <span>{t('dayEnd.from')}</span>
        <input
          type="date"
          value={range.fromDay}
          max={today.toDay}
          onChange={(e) => e.target.value && onChoose({ fromDay: e.target.value, toDay: e.target.value > range.toDay ? e.target.value : range.toDay })}
        />
      </label>
      <label className="field">
        <span>{t('dayEnd.to')}</span>
        <input
          type="date"
          value={range.toDay}
          min={range.fromDay}
          onChange={(e) => e.target.value && onChoose({ fromDay: range.fromDay, toDay: e.target.value })}
        />
      </label>
    </div>
  );
}
