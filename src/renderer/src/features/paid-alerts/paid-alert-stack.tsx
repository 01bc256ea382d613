import { useEffect } from 'react';
import { formatMoney } from '@shared/domain/money';
import type { PaidAlert } from '@shared/domain/paid-alert';
import { useNavigation } from '../../app/navigation-store';
import { useI18n } from '../../lib/use-i18n';
import { useLinkDetailStore } from '../history';
import { alertSubject, visibleAlerts } from './paid-alert-list';
import { usePaidAlertsStore } from './paid-alerts-store';
import './paid-alerts.css';

/**
 * "Payment received" cards, newest on top, one per payment (never replacing each other). Esc
 * closes the newest when nothing else on screen wants the key (a dialog, a form, the detail panel).
 */
export function PaidAlertStack() {
  const { t } = useI18n();
  const alerts = usePaidAlertsStore((s) => s.alerts);
  const seen = usePaidAlertsStore((s) => s.seen);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const newest = usePaidAlertsStore.getState().alerts[0];
      if (!newest) return;
      event.preventDefault();
      usePaidAlertsStore.getState().seen(newest.reference);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (alerts.length === 0) return null;
  const { shown, more } = visibleAlerts(alerts);

  /** Opens the link in History (its detail marks it seen there too). */
  function show(alert: PaidAlert) {
    seen(alert.reference);
    useNavigation.getState().go('history');
    useLinkDetailStore.getState().open(alert.reference);
  }

  return (
    <section className="paid-alerts" aria-label={t('paidAlert.region')} data-testid="paid-alerts">
      <p className="visually-hidden">{t('paidAlert.escHint')}</p>
      {shown.map((alert) => (
        <article key={alert.reference} className="paid-alert" role="alert" data-testid="paid-alert" data-reference={alert.reference}>
          <div className="paid-alert-text">
            <h2 className="paid-alert-title">{t('paidAlert.title')}</h2>
            <p className="paid-alert-amount" data-testid="paid-alert-amount">
              {formatMoney(alert.amount)}
            </p>
            {alertSubject(alert) && <p className="paid-alert-subject">{alertSubject(alert)}</p>}
            <p className="paid-alert-account">{alert.accountLabel}</p>
          </div>
          <div className="paid-alert-actions">
            <button type="button" className="button button-primary" onClick={() => show(alert)}>
              {t('paidAlert.show')}
            </button>
            <button type="button" className="button button-quiet paid-alert-close" aria-label={t('paidAlert.close')} onClick={() => seen(alert.reference)}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </article>
      ))}
      {more > 0 && (
        <p className="paid-alert-more" data-testid="paid-alert-more">
          {t('paidAlert.more', { count: more })}
        </p>
      )}
    </section>
  );
}
