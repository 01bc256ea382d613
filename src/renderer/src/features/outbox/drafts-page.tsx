import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { DraftIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';
import { OutboxItemCard } from './outbox-item-card';
import { OutboxLoadState } from './outbox-load-state';
import { draftOutcome, groupOutboxItems } from './outbox-model';
import { useOutboxStore } from './outbox-store';
import './outbox.css';

/** Links the owner saved to send later: they wait here, editable, until the owner sends or deletes them. */
export function DraftsPage() {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  const items = useOutboxStore((s) => s.items);
  const status = useOutboxStore((s) => s.status);
  const outcomes = useOutboxStore((s) => s.outcomes);
  const setWatching = useOutboxStore((s) => s.setWatching);
  const drafts = groupOutboxItems(items).drafts;
  // A draft just sent or deleted leaves the list: what became of it stays in sight here.
  const left = draftOutcome(items, outcomes);

  useEffect(() => {
    setWatching(true);
    return () => setWatching(false);
  }, [setWatching]);

  return (
    <>
      <PageHeading>{t('drafts.title')}</PageHeading>
      <p className="outbox-intro">{t('drafts.intro')}</p>
      <p role="status" className="form-status" data-testid="drafts-status">
        {left && t(left.key)}
        {left?.toOutbox && (
          <>
            {' '}
            <button type="button" className="button button-quiet" onClick={() => go('outbox')}>
              {t('pending.openOutbox')}
            </button>
          </>
        )}
      </p>
      <OutboxLoadState />
      {status === 'ready' && drafts.length === 0 && (
        <EmptyState testId="empty-drafts" icon={<DraftIcon />} title={t('drafts.empty.title')} body={t('drafts.empty.body')} />
      )}
      {drafts.length > 0 && (
        <ul className="outbox-list" aria-label={t('drafts.list.label')} data-testid="drafts-list">
          {drafts.map((item) => (
            <OutboxItemCard key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}
