import { istanbulWallTime } from '@shared/domain/istanbul-time';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatMinor, formatMoney } from '@shared/domain/money';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import type { PaymentState } from './service-form-store';

const pad = (n: number) => String(n).padStart(2, '0');

/** İşbank's execution date (with its own offset) as Istanbul wall time; as sent when unreadable. */
function executionText(value: string | undefined): string {
  if (!value) return '—';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const w = istanbulWallTime(at);
  return `${pad(w.day)}.${pad(w.month)}.${w.year} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** What came of paying: the payment as İşbank reported it, a wait in the outbox, or the refusal. */
export function ServicePaymentResult({ payment, reference }: { payment: PaymentState; reference: string }) {
  const { t } = useI18n();
  switch (payment.state) {
    case 'done':
      return <PaidFacts record={payment.record} />;
    case 'pending':
      return (
        <p className={`message ${payment.item.state === 'unknown' ? 'message-error' : ''}`} role="status" data-testid="service-payment-pending">
          {payment.item.state === 'unknown' ? t('serviceForm.payUnknown') : t('serviceForm.payQueued')}{' '}
          <span className="mono">{reference}</span>
        </p>
      );
    case 'failed':
      return <ErrorMessage error={payment.error} lead={t('serviceForm.payFailed')} />;
    default:
      return null;
  }
}

function PaidFacts({ record }: { record: LinkRecord }) {
  const { t } = useI18n();
  const facts = record.servicePayment;
  const overdraft = facts?.overdraft?.minor;
  return (
    <div className="message service-payment-result" role="status" data-testid="service-payment-result">
      <strong className="message-lead">{t('serviceForm.paid')}</strong>
      <dl className="service-summary-list">
        <div>
          <dt>{t('serviceForm.paymentId')}</dt>
          <dd className="mono">{facts?.paymentId ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('serviceForm.executionDate')}</dt>
          <dd>{executionText(facts?.executionDate)}</dd>
        </div>
        <div>
          <dt>{t('serviceForm.paidAmount')}</dt>
          <dd>{formatMoney(record.amount)}</dd>
        </div>
        {overdraft !== undefined && (
          <div>
            <dt>{t('serviceForm.overdraft')}</dt>
            <dd>{`${formatMinor(overdraft)} ${facts?.overdraft?.currency ?? record.amount.currency}`}</dd>
          </div>
        )}
        <div>
          <dt>{t('serviceForm.sosUsed')}</dt>
          <dd>{facts?.sosUsed ? t('serviceForm.yes') : t('serviceForm.no')}</dd>
        </div>
        <div>
          <dt>{t('serviceForm.reference')}</dt>
          <dd className="mono">{record.reference}</dd>
        </div>
      </dl>
    </div>
  );
}
