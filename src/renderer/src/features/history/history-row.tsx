import type { LinkSummary } from '../../../../shared/domain/link-record';
import { formatIstanbulDateTime } from '../../../../shared/domain/istanbul-time';
import { formatMoney } from '../../../../shared/domain/money';
import { formatPhone } from '../../../../shared/domain/phone';
import { providerNames } from '../../../../shared/domain/provider-id';
import { useI18n } from '../../lib/use-i18n';
import { StatusBadge } from './status-badge';

/** Who the link is for, as the shop knows them: name, else phone, else e-mail. */
export function customerLabel(summary: Pick<LinkSummary, 'customer'>): string | undefined {
  const { name, phone, email } = summary.customer;
  return name?.trim() || (phone ? formatPhone(phone) : undefined) || email;
}

interface HistoryRowProps {
  summary: LinkSummary;
  index: number;
  selected: boolean;
  onSelect(reference: string, index: number): void;
}

/** One link in the list: customer and amount on top; date, provider, description and status below. */
export function HistoryRow({ summary, index, selected, onSelect }: HistoryRowProps) {
  const { t } = useI18n();
  const customer = customerLabel(summary);
  return (
    <button
      type="button"
      className="history-row-button"
      aria-current={selected ? 'true' : undefined}
      data-index={index}
      data-reference={summary.reference}
      onClick={() => onSelect(summary.reference, index)}
    >
      <span className="history-row-line">
        <span className={`history-row-customer${customer ? '' : ' muted'}`}>{customer ?? t('history.row.noCustomer')}</span>
        <span className="history-row-amount">{formatMoney(summary.amount)}</span>
      </span>
      <span className="history-row-line history-row-meta">
        <span className="history-row-facts">
          <time dateTime={summary.createdAt}>{formatIstanbulDateTime(summary.createdAt)}</time>
          <span aria-hidden="true"> · </span>
          <span>{providerNames[summary.provider]}</span>
          <span aria-hidden="true"> · </span>
          <span className="history-row-description">{summary.description}</span>
        </span>
        <StatusBadge status={summary.status} />
      </span>
    </button>
  );
}
