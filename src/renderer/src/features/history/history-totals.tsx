import { useI18n } from '../../lib/use-i18n';
import { useHistoryStore } from './history-store';
import { totalsView } from './totals-model';

/** Count and sums of the filtered list, overall and per provider. */
export function HistoryTotals() {
  const { t, language } = useI18n();
  const totals = useHistoryStore((s) => s.totals);
  if (!totals || totals.count === 0) return null;
  const view = totalsView(totals, language);
  return (
    <section className="history-totals" aria-label={t('history.totals.label')} data-testid="history-totals">
      <p className="history-totals-main">
        <strong data-testid="totals-count">{t('history.totals.count', { count: view.countText })}</strong>
        {view.sums.map((sum) => (
          <span key={sum} className="history-total-sum" data-testid="totals-sum">
            {sum}
          </span>
        ))}
      </p>
      {view.providers.length > 1 && (
        <ul className="history-totals-providers" aria-label={t('history.totals.byProvider')}>
          {view.providers.map((line) => (
            <li key={line.provider} data-testid={`totals-${line.provider}`}>
              <span className="history-totals-provider">{line.name}</span>{' '}
              {t('history.totals.count', { count: line.count.toLocaleString(language === 'tr' ? 'tr-TR' : 'en-GB') })}
              {line.sums.map((sum) => (
                <span key={sum} className="history-total-sum">
                  {sum}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
