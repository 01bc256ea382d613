import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { HistoryIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';

/** History of created links; the list arrives with the link service, so for now it is empty. */
export function HistoryPage() {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  return (
    <>
      <PageHeading>{t('history.title')}</PageHeading>
      <EmptyState
        testId="empty-history"
        icon={<HistoryIcon />}
        title={t('history.empty.title')}
        body={t('history.empty.body')}
        action={{ label: t('history.empty.action'), onClick: () => go('new-link') }}
      />
    </>
  );
}
