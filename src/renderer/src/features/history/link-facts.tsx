import type { LinkRecord } from '@shared/domain/link-record';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import { formatPhone } from '@shared/domain/phone';
import { providerNames } from '@shared/domain/provider-id';
import { useI18n } from '../../lib/use-i18n';

/** The facts of one link: who, what, where, when, and the provider's own numbers. */
export function LinkFacts({ record }: { record: LinkRecord }) {
  const { t } = useI18n();
  const { customer } = record;
  const customerParts = [customer.name, customer.phone ? formatPhone(customer.phone) : undefined, customer.email].filter(Boolean);
  const refs = Object.entries(record.providerRefs);
  const paidAt = record.paidAt ? formatIstanbulDateTime(record.paidAt) || record.paidAt : undefined;
  return (
    <dl className="link-facts">
      <Fact label={t('detail.url')}>
        {record.url ? <span className="mono" data-testid="detail-url">{record.url}</span> : t('detail.noUrl')}
      </Fact>
      {customerParts.length > 0 && <Fact label={t('detail.customer')}>{customerParts.join(' · ')}</Fact>}
      <Fact label={t('detail.account')}>
        {record.accountLabel} ({providerNames[record.provider]})
      </Fact>
      <Fact label={t('detail.created')}>{formatIstanbulDateTime(record.createdAt)}</Fact>
      {record.counter && (
        <Fact label={t('detail.counter')}>
          <span data-testid="detail-counter">{record.counter}</span>
        </Fact>
      )}
      {record.expiresAt && <Fact label={t('detail.expires')}>{formatIstanbulDateTime(record.expiresAt)}</Fact>}
      {record.kind === 'link' && (
        <Fact label={t('detail.installments')}>
          {record.maxInstallments > 1 ? t('detail.upTo', { count: record.maxInstallments }) : t('detail.singlePayment')}
        </Fact>
      )}
      {paidAt && <Fact label={t('detail.paidAt')}>{paidAt}</Fact>}
      {record.paidAmountMinor !== undefined && (
        <Fact label={t('detail.paidAmount')}>{formatMoney({ minor: record.paidAmountMinor, currency: record.amount.currency })}</Fact>
      )}
      <Fact label={t('detail.reference')}>
        <span className="mono">{record.reference}</span>
      </Fact>
      {refs.length > 0 && (
        <Fact label={t('detail.providerRefs')}>
          <span className="mono">{refs.map(([key, value]) => `${key}: ${value}`).join(' · ')}</span>
        </Fact>
      )}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="link-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
