import { useEffect, useState } from 'react';
import { ShopQueueList } from '../shop-counters';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { OutboxIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { OutboxItemCard } from './outbox-item-card';
import { OutboxLoadState } from './outbox-load-state';
import { groupOutboxItems } from './outbox-model';
import { OutboxProgress } from './outbox-progress';
import { useOutboxStore } from './outbox-store';
import './outbox.css';

/** Links and sends waiting to go out, with their state and the user's choices. Live while open. */
export function OutboxPage() {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  const items = useOutboxStore((s) => s.items);
  const status = useOutboxStore((s) => s.status);
  const pending = useOutboxStore((s) => s.summary?.pending ?? 0);
  const setWatching = useOutboxStore((s) => s.setWatching);
  const clearSettled = useOutboxStore((s) => s.clearSettled);
  const [cleared, setCleared] = useState(false);
  const groups = groupOutboxItems(items);
  const settled = groups.done.length;
  // Drafts have their own page: here they are only counted, so the two meanings never mix.
  const shown = items.length - groups.drafts.length;
  const outcomes = useOutboxStore((s) => s.outcomes);
  // An item the owner just settled moves into the folded group: its confirmation stays in sight here.
  const settledNow = groups.done.map((item) => outcomes[item.id]).find((outcome) => outcome?.tone === 'ok');

  useEffect(() => {
    setWatching(true);
    return () => setWatching(false);
  }, [setWatching]);

  return (
    <>
      <PageHeading
        actions={
          settled > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => void clearSettled().then((r) => setCleared(r.ok))}
            >
              {t('outbox.clearSettled')}
            </button>
          )
        }
      >
        {t('outbox.title')}
      </PageHeading>
      <p role="status" className="form-status">
        {cleared ? t('outbox.done.cleared') : settledNow?.tone === 'ok' ? t(settledNow.key) : ''}
      </p>
      <OutboxLoadState />
      <OutboxProgress />
      {groups.drafts.length > 0 && (
        <p className="outbox-intro" data-testid="outbox-drafts-hint">
          {t('drafts.onOutbox', { count: groups.drafts.length })}{' '}
          <button type="button" className="button button-quiet" onClick={() => go('drafts')}>
            {t('pending.openDrafts')}
          </button>
        </p>
      )}
      <ShopQueueList />
      {status === 'ready' && shown === 0 && (
        <EmptyState testId="empty-outbox" icon={<OutboxIcon />} title={t('outbox.empty.title')} body={t('outbox.empty.body')} />
      )}
      {shown > 0 && (
        <>
          <p className="outbox-summary" data-testid="outbox-summary">
            {pending > 0 ? t('outbox.summary.pending', { count: pending }) : t('outbox.summary.none')}
          </p>
          <OutboxGroup id="outbox-attention" title={t('outbox.group.attention', { count: groups.attention.length })} items={groups.attention} />
          <OutboxGroup id="outbox-waiting" title={t('outbox.group.waiting', { count: groups.waiting.length })} items={groups.waiting} />
          <OutboxGroup id="outbox-reminders" title={t('outbox.group.reminders', { count: groups.reminders.length })} items={groups.reminders} />
          {groups.done.length > 0 && (
            // Folded: these repeat history; the owner opens them only to look back.
            <details className="outbox-done" data-testid="outbox-done">
              <summary className="outbox-group-title">{t('outbox.group.done', { count: groups.done.length })}</summary>
              <ul className="outbox-list" aria-label={t('outbox.list.label')}>
                {groups.done.map((item) => (
                  <OutboxItemCard key={item.id} item={item} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </>
  );
}

/** One group of the outbox, under its heading; nothing when it is empty. */
function OutboxGroup({ id, title, items }: { id: string; title: string; items: readonly OutboxItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id} className="outbox-group-title">
        {title}
      </h2>
      <ul className="outbox-list">
        {items.map((item) => (
          <OutboxItemCard key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
