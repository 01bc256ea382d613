import { useEffect, useId, useRef, useState } from 'react';
import { formatMoney } from '@shared/domain/money';
import type { ServiceFormModel } from '@shared/service-spec';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useI18n } from '../../lib/use-i18n';
import { readAmount, summaryRows } from './service-form-logic';
import { useServiceFormStore } from './service-form-store';
import { ServicePaymentResult } from './service-payment-result';

/**
 * What a payment sends, and the payment itself: it moves money, so the user confirms first;
 * main sends it once through the outbox (keyed by the reference made when the dialog opened)
 * and records the result in history.
 */
export function ServiceSummary({ model }: { model: ServiceFormModel }) {
  const { t } = useI18n();
  const values = useServiceFormStore((s) => s.values);
  const amountText = useServiceFormStore((s) => s.amountText);
  const currency = useServiceFormStore((s) => s.currency);
  const payment = useServiceFormStore((s) => s.payment);
  const reference = useServiceFormStore((s) => s.reference);
  const pay = useServiceFormStore((s) => s.pay);
  const newPayment = useServiceFormStore((s) => s.newPayment);
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();
  const noteId = useId();
  const ref = useRef<HTMLElement>(null);
  const amount = readAmount(amountText, currency);
  const settled = payment.state === 'done' || payment.state === 'pending';

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
      <ServicePaymentResult payment={payment} reference={reference} />
      {!settled && (
        <>
          <button
            type="button"
            className="button button-primary button-large"
            disabled={payment.state === 'paying' || amount.kind !== 'money'}
            aria-describedby={noteId}
            onClick={() => setConfirming(true)}
          >
            {payment.state === 'paying' ? t('serviceForm.paying') : payment.state === 'failed' ? t('common.retry') : t('serviceForm.pay')}
          </button>
          <p id={noteId} className="field-help service-pay-note">
            {t('serviceForm.payNote')}
          </p>
        </>
      )}
      {settled && (
        <button type="button" className="button button-large" onClick={newPayment}>
          {t('serviceForm.newPayment')}
        </button>
      )}
      {confirming && amount.kind === 'money' && (
        <ConfirmDialog
          title={t('serviceForm.confirmTitle')}
          confirmLabel={t('serviceForm.confirmPay')}
          onConfirm={pay}
          onClose={() => setConfirming(false)}
        >
          <p>{t('serviceForm.confirmBody', { amount: formatMoney(amount.money), id: String(model.serviceId) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
