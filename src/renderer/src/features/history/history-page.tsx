import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { HistoryIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';
import { ExportButton, ExportStatus } from './export-button';
import { isFiltered, todayFilterState } from './history-filter-model';
import { HistoryList } from './history-list';
import { useHistoryStore } from './history-store';
import { HistoryToolbar } from './history-toolbar';
import { HistoryTotals } from './history-totals';
import { LinkDetailPanel } from './link-detail-panel';
import { OlderShopLinks } from './older-shop-links';
import { useLinkDetailStore } from './link-detail-store';
import { TodaySummary } from './today-summary';
import { WaitingLinks } from './waiting-links';
import { isWaitingLink } from './waiting-links-model';
import { useOutboxStore } from '../outbox';
import './history.css';

/** Every link made, newest first: search, filters, totals, and the selected link's details. */
export function HistoryPage() {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  const status = useHistoryStore((s) => s.status);
  const error = useHistoryStore((s) => s.error);
  const total = useHistoryStore((s) => s.total);
  const controls = useHistoryStore((s) => s.controls);
  const reload = useHistoryStore((s) => s.reload);
  const show = useHistoryStore((s) => s.show);
  const setControls = useHistoryStore((s) => s.setControls);
  const detailOpen = useLinkDetailStore((s) => s.reference !== null);

  useEffect(() => show(), [show]);
  // Links still in the outbox are shown above the list: keep them live while History is open.
  const watchOutbox = useOutboxStore((s) => s.setWatching);
  useEffect(() => {
    watchOutbox(true);
    return () => watchOutbox(false);
  }, [watchOutbox]);

  const filtered = isFiltered(controls);
  // A first link made while offline waits in the outbox: History shows it rather than "no links yet".
  const waitingInOutbox = useOutboxStore((s) => s.items.some(isWaitingLink));
  const neverMadeALink = status === 'ready' && total === 0 && !filtered && !waitingInOutbox;
  const today = controls.range === 'today';

  return (
    <div className={`history-page${detailOpen ? ' with-detail' : ''}`}>
      <PageHeading
        actions={
          !neverMadeALink && (
            <>
              <button
                type="button"
                className="button"
                aria-pressed={today}
                title={t('history.todayView.help')}
                onClick={() => setControls(todayFilterState)}
              >
                {t('history.todayView')}
              </button>
              <ExportButton />
            </>
          )
        }
      >
        {t('history.title')}
      </PageHeading>
      <ExportStatus />
      {status === 'error' && error && (
        <div>
          <ErrorMessage error={error} lead={t('history.loadFailed')} />
          <button type="button" className="button" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {(status === 'idle' || status === 'loading') && <p>{t('app.loading')}</p>}
      {neverMadeALink && (
        <EmptyState
          testId="empty-history"
          icon={<HistoryIcon />}
          title={t('history.empty.title')}
          body={t('history.empty.body')}
          action={{ label: t('history.empty.action'), onClick: () => go('new-link') }}
        />
      )}
      {status === 'ready' && !neverMadeALink && (
        <>
          <HistoryToolbar />
          {today && <TodaySummary />}
          <HistoryTotals />
          <div className="history-body">
            <div className="history-list-column">
              <WaitingLinks />
              {total === 0 ? (
                // Nothing made yet but something waiting: the waiting list above says it all.
                !filtered && waitingInOutbox ? null : (
                  <EmptyState
                    testId="history-no-match"
                    headingLevel={2}
                    icon={<HistoryIcon />}
                    title={t('history.noMatch.title')}
                    body={t('history.noMatch.body')}
                  />
                )
              ) : (
                <HistoryList />
              )}
              <OlderShopLinks />
            </div>
            <LinkDetailPanel />
          </div>
        </>
      )}
    </div>
  );
}
