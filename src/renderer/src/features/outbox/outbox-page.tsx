import { EmptyState } from '../../components/empty-state';
import { OutboxIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';

/** Links waiting to be sent; the outbox worker arrives later, so for now it is empty. */
export function OutboxPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <EmptyState testId="empty-outbox" icon={<OutboxIcon />} title={t('outbox.empty.title')} body={t('outbox.empty.body')} />
    </>
  );
}
