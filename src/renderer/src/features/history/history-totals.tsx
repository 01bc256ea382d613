import { useI18n } from '../../lib/use-i18n';
import { useHistoryStore } from './history-store';
import { totalsView } from './totals-model';

/** Count of the filtered list; money collected, awaiting and expired/cancelled apart; links per provider. */
export function HistoryTotals() {
  const { t, language } = useI18n();
  const totals = useHistoryStore((s) => s.totals);
  if (!totals || totals.count === 0) return null;
  const view = totalsView(totals, language);
  const locale = language === 'tr' ? 'tr-TR' : 'en-GB';
  return (
    <section className="history-totals" aria-label={t('history.totals.label')} data-testid="history-totals">
      <div className="history-totals-main">
        <strong data-testid="totals-count">{t('history.totals.count', { count: view.countText })}</strong>
        <dl className="history-totals-outcomes">
        {view.outcomes.map((line) => (
          <div key={line.outcome} className={`history-outcome history-outcome-${line.outcome}`} data-testid={`totals-${line.outcome}`}>
            <dt>{t(`history.totals.${line.outcome}`, { count: line.count.toLocaleString(locale) })}</dt>
            <dd>
              {line.sums.length === 0
                ? '—'
                : line.sums.map((sum) => (
                    <span key={sum} className="history-total-sum" data-testid="totals-sum">
                      {sum}
                    </span>
                  ))}
            </dd>
          </div>
        ))}
        </dl>
      </div>
      {view.providers.length > 1 && (
        <ul className="history-totals-providers" aria-label={t('history.totals.byProvider')}>
          {view.providers.map((line) => (
            <li key={line.provider} data-testid={`totals-${line.provider}`}>
              <span className="history-totals-provider">{line.name}</span>{' '}
              {t('history.totals.count', { count: line.count.toLocaleString(locale) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
