import { useEffect, useId, useRef } from 'react';
import { formatMoney } from '../../../../shared/domain/money';
import type { ServiceFormModel } from '../../../../shared/service-spec';
import { useI18n } from '../../lib/use-i18n';
import { readAmount, summaryRows } from './service-form-logic';
import { useServiceFormStore } from './service-form-store';

/**
 * What a payment would send. Paying is not wired yet (it needs the outbox and history), so the
 * button stays disabled and says why instead of pretending.
 */
export function ServiceSummary({ model }: { model: ServiceFormModel }) {
  const { t } = useI18n();
  const values = useServiceFormStore((s) => s.values);
  const amountText = useServiceFormStore((s) => s.amountText);
  const currency = useServiceFormStore((s) => s.currency);
  const titleId = useId();
  const noteId = useId();
  const ref = useRef<HTMLElement>(null);
  const amount = readAmount(amountText, currency);

  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus();
  }, []);

  return (
    <section ref={ref} className="service-summary" aria-labelledby={titleId} tabIndex={-1} data-testid="service-summary">
      <h3 id={titleId}>{t('serviceForm.summaryTitle')}</h3>
      <p>{t('serviceForm.summaryIntro')}</p>
      <dl className="service-summary-list">
        <div>
          <dt>{t('serviceForm.summaryService')}</dt>
          <dd className="mono">{String(model.serviceId)}</dd>
        </div>
        {summaryRows(model, values).map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
        {amount.kind === 'money' && (
          <div>
            <dt>{t('serviceForm.amount')}</dt>
            <dd>{formatMoney(amount.money)}</dd>
          </div>
        )}
      </dl>
      <button type="button" className="button button-primary button-large" disabled aria-describedby={noteId}>
        {t('serviceForm.pay')}
      </button>
      <p id={noteId} className="message service-pay-note" data-testid="pay-not-yet">
        {t('serviceForm.payNotYet')}
      </p>
    </section>
  );
}
