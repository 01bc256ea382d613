import { useEffect, useState } from 'react';
import type { HistoryTotals } from '@shared/domain/link-record';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useHistoryStore } from './history-store';
import { currencySums, formatCount } from './totals-model';

/**
 * The end-of-day check: of today's links (as filtered), how many were created and how many are
 * paid, with the paid sums. Re-read whenever the list is (new filter or a live change).
 */
export function TodaySummary() {
  const { t, language } = useI18n();
  const filter = useHistoryStore((s) => s.filter);
  const totals = useHistoryStore((s) => s.totals);
  // Re-read with the list (new filter or a live change), not on every page fetched while scrolling.
  const generation = useHistoryStore((s) => s.generation);
  const [paid, setPaid] = useState<HistoryTotals>();

  useEffect(() => {
    if (!filter) return;
    let current = true;
    void invoke('history:query', { filter: { ...filter, statuses: ['paid'] }, offset: 0, limit: 1 }).then((result) => {
      if (current && result.ok) setPaid(result.value.totals);
    });
    return () => {
      current = false;
    };
  }, [filter, generation]);

  return (
    <section className="today-summary card" aria-labelledby="today-summary-title" data-testid="today-summary">
      <h2 id="today-summary-title">{t('history.today.title')}</h2>
      <p>
        <span>{t('history.today.created', { count: formatCount(totals?.count ?? 0, language) })}</span>
        {paid && (
          <>
            <span aria-hidden="true"> · </span>
            <span data-testid="today-paid">
              {t('history.today.paid', { count: formatCount(paid.count, language) })}
              {currencySums(paid.byCurrency).map((sum) => ` · ${sum}`)}
            </span>
          </>
        )}
      </p>
    </section>
  );
}
