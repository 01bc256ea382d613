import type { LinkSummary } from '@shared/domain/link-record';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import { formatPhone } from '@shared/domain/phone';
import { providerNames } from '@shared/domain/provider-id';
import { useI18n } from '../../lib/use-i18n';
import { StatusBadge } from './status-badge';

/** Who the link is for, as the shop knows them: name, else phone, else e-mail. */
export function customerLabel(summary: Pick<LinkSummary, 'customer'>): string | undefined {
  const { name, phone, email } = summary.customer;
  return name?.trim() || (phone ? formatPhone(phone) : undefined) || email;
}

/** A phone (E.164) the national way, an e-mail as it is. */
export function recipientLabel(to: string): string {
  return to.startsWith('+') ? formatPhone(to) : to;
}

interface HistoryRowProps {
  summary: LinkSummary;
  index: number;
  selected: boolean;
  onSelect(reference: string, index: number): void;
}

/**
 * One link in the list, led by what identifies the sale: its description, then the customer when
 * there is one, and the amount; date, provider, where it was sent and the status below.
 */
export function HistoryRow({ summary, index, selected, onSelect }: HistoryRowProps) {
  return (
    <button
      type="button"
      className={summary.paidUnseen ? 'history-row-button history-row-unseen' : 'history-row-button'}
      data-unseen={summary.paidUnseen ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      data-index={index}
      data-reference={summary.reference}
      onClick={() => onSelect(summary.reference, index)}
    >
      <LinkRowLines summary={summary} />
    </button>
  );
}

/** The two lines of a link's row (History's list, and the older links found on the shop's server); `lastFact` ends the second line. */
export function LinkRowLines({ summary, lastFact }: { summary: LinkSummary; lastFact?: string }) {
  const { t } = useI18n();
  const customer = customerLabel(summary);
  const sentTo = (summary.sentTo ?? []).filter((to) => to !== summary.customer.phone && to !== summary.customer.email);
  return (
    <>
      <span className="history-row-line">
        <span className="history-row-lead">
          <span className="history-row-description">{summary.description}</span>
          {customer && <span className="history-row-customer"> · {customer}</span>}
        </span>
        <span className="history-row-amount">{formatMoney(summary.amount)}</span>
      </span>
      <span className="history-row-line history-row-meta">
        <span className="history-row-facts">
          <time dateTime={summary.createdAt}>{formatIstanbulDateTime(summary.createdAt)}</time>
          <span aria-hidden="true"> · </span>
          <span>{providerNames[summary.provider]}</span>
          {summary.counter && (
            <span className="history-row-counter" data-testid="row-counter">
              <span aria-hidden="true"> · </span>
              {t('history.row.counter', { counter: summary.counter })}
            </span>
          )}
          {sentTo.map((to) => (
            <span key={to} className="history-row-sent" data-testid="row-sent-to">
              <span aria-hidden="true"> · </span>→ {recipientLabel(to)}
            </span>
          ))}
          {lastFact && (
            <span>
              <span aria-hidden="true"> · </span>
              {lastFact}
            </span>
          )}
        </span>
        <span className="history-row-badges">
          {summary.paidUnseen && (
            <span className="badge badge-new-payment" data-testid="row-new-payment">
              {t('paidAlert.rowBadge')}
            </span>
          )}
          <StatusBadge status={summary.status} />
        </span>
      </span>
    </>
  );
}
