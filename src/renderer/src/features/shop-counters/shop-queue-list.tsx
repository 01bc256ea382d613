import { useEffect, useState } from 'react';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import type { UnknownDecision } from '@shared/domain/outbox-item';
import type { ShopQueueItem } from '@shared/domain/shop';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { UnknownDecisionButtons } from '../outbox';
import { useShopStore } from './shop-store';
import './shop-counters.css';

/** On the Outbox page, when this counter shares a shop: links left to the shop that are not made yet. */
export function ShopQueueList() {
  const { t } = useI18n();
  const status = useShopStore((s) => s.status);
  const [items, setItems] = useState<ShopQueueItem[]>([]);
  const [deciding, setDeciding] = useState<string>();
  const [problem, setProblem] = useState<AppError>();
  const joined = status.state !== 'off';
  const reload = () => void invoke('shop:queue').then((result) => result.ok && setItems(result.value.items));
  // Read again after every sync round (the status changes with each): enough for a list that changes by the second at most.
  useEffect(() => {
    if (joined) reload();
  }, [joined, status.lastSyncedAt, status.state]);
  async function decide(reference: string, decision: UnknownDecision) {
    setDeciding(reference);
    const result = await invoke('shop:resolve', { reference, decision });
    setDeciding(undefined);
    setProblem(result.ok ? undefined : result.error);
    reload();
  }
  if (!joined || items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="shop-queue-title" data-testid="shop-queue">
      <h2 id="shop-queue-title">{t('shop.queue.title', { count: items.length })}</h2>
      <p className="section-intro">{t('shop.queue.intro')}</p>
      {problem && <ErrorMessage error={problem} />}
      <ul className="shop-queue-list">
        {items.map((item) => (
          <li key={item.reference} className="shop-queue-item" data-state={item.state}>
            <span>
              {item.description}
              {item.customerName ? ` · ${item.customerName}` : ''}
            </span>
            <span className="shop-queue-amount">{formatMoney({ minor: item.amountMinor, currency: item.currency })}</span>
            <span className={`badge shop-queue-${item.state}`}>{t(`shop.queue.state.${item.state}`)}</span>
            <time className="shop-queue-time" dateTime={item.updatedAt}>
              {formatIstanbulDateTime(item.updatedAt)}
            </time>
            {item.state === 'unknown' && (
              <div className="shop-queue-decision" data-testid="shop-queue-unknown">
                <p>{t('shop.queue.unknown')}</p>
                <UnknownDecisionButtons
                  amount={formatMoney({ minor: item.amountMinor, currency: item.currency })}
                  disabled={deciding !== undefined}
                  onDecide={(decision) => decide(item.reference, decision)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
