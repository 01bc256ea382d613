import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { providerNames } from '@shared/domain/provider-id';
import { WarningIcon } from '../../components/icons';
import { useI18n } from '../../lib/use-i18n';
import { outboxAmountText, outboxCustomer } from './outbox-model';
import { useOutboxStore } from './outbox-store';
import { UnknownDecisionButtons } from './unknown-decision';

/**
 * An item whose answer was lost and that no look-up could settle: the facts the user needs to
 * check the provider's panel, and the two choices, the risky one confirmed with a warning.
 */
export function UnknownItemChoice({ item }: { item: OutboxItem }) {
  const { t } = useI18n();
  const resolve = useOutboxStore((s) => s.resolve);
  const busy = useOutboxStore((s) => s.busy[item.id]);
  const provider = providerNames[item.provider];
  const amount = outboxAmountText(item) ?? '';
  const customer = outboxCustomer(item);
  const description = item.job.kind === 'create-link' ? item.job.request.description : undefined;

  return (
    <div className="outbox-unknown-choice" data-testid="outbox-unknown">
      <p className="outbox-unknown-title">
        <WarningIcon className="inline-icon" /> <strong>{t('outbox.unknown.title')}</strong>
      </p>
      <p>{t('outbox.unknown.body', { provider })}</p>
      <dl className="outbox-facts">
        <Fact label={t('outbox.fact.amount')} value={amount} />
        {customer && <Fact label={t('outbox.fact.customer')} value={customer} />}
        {description && <Fact label={t('outbox.fact.description')} value={description} />}
        <Fact label={t('outbox.fact.time')} value={formatIstanbulDateTime(item.updatedAt)} />
        <Fact label={t('outbox.fact.provider')} value={provider} />
      </dl>
      <UnknownDecisionButtons amount={amount} disabled={busy !== undefined} onDecide={(decision) => resolve(item.id, decision)} />
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="outbox-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
