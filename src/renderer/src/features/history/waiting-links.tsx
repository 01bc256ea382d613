import { useNavigation } from '../../app/navigation-store';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import { formatPhone } from '@shared/domain/phone';
import { providerNames } from '@shared/domain/provider-id';
import { useI18n } from '../../lib/use-i18n';
import { useOutboxStore } from '../outbox';
import { useHistoryStore } from './history-store';
import { waitingLinks, type WaitingLink } from './waiting-links-model';

/**
 * Links that are still in the outbox (offline, a provider down, a lost answer): above the list,
 * marked as waiting, so History answers "what did I make today" even before they exist.
 */
export function WaitingLinks() {
  const { t } = useI18n();
  const items = useOutboxStore((s) => s.items);
  const controls = useHistoryStore((s) => s.controls);
  const go = useNavigation((s) => s.go);
  const waiting = waitingLinks(items, controls);

  if (waiting.length === 0) return null;
  return (
    <section className="history-waiting" aria-labelledby="history-waiting-title" data-testid="history-waiting">
      <h2 id="history-waiting-title" className="history-waiting-title">
        {t('history.waiting.title', { count: waiting.length })}
      </h2>
      <ul className="history-waiting-list">
        {waiting.map((item) => (
          <WaitingRow key={item.id} item={item} onOpen={() => go('outbox')} />
        ))}
      </ul>
    </section>
  );
}

function WaitingRow({ item, onOpen }: { item: WaitingLink; onOpen: () => void }) {
  const { t } = useI18n();
  const { amount, description, customer } = item.job.request;
  const who = customer.name?.trim() || (customer.phone ? formatPhone(customer.phone) : customer.email);
  return (
    <li className="history-waiting-row" data-testid="history-waiting-row" data-reference={item.id} data-state={item.state}>
      <span className="history-row-line">
        <span className="history-row-lead">
          <span className="history-row-description">{description}</span>
          {who && <span className="history-row-customer"> · {who}</span>}
        </span>
        <span className="history-row-amount">{formatMoney(amount)}</span>
      </span>
      <span className="history-row-line history-row-meta">
        <span className="history-row-facts">
          <time dateTime={item.createdAt}>{formatIstanbulDateTime(item.createdAt)}</time>
          <span aria-hidden="true"> · </span>
          <span>{providerNames[item.provider]}</span>
        </span>
        <span className={`badge history-waiting-badge outbox-state-${item.state}`}>{t('history.waiting.badge', { state: t(`outbox.state.${item.state}`) })}</span>
        <button type="button" className="button button-quiet" onClick={onOpen}>
          {t('history.waiting.open')}
        </button>
      </span>
    </li>
  );
}
