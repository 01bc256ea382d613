import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { LinkIcon, WalletIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';
import { useAccountDialog } from '../accounts/account-dialog-store';
import { useAccountsStore } from '../accounts/accounts-store';

/** The link form arrives with the provider issues; until then this page guides the first steps. */
export function NewLinkPage() {
  const { t } = useI18n();
  const status = useAccountsStore((s) => s.status);
  const count = useAccountsStore((s) => s.views.length);
  const loadError = useAccountsStore((s) => s.loadError);
  const reload = useAccountsStore((s) => s.load);
  const go = useNavigation((s) => s.go);
  const openDialog = useAccountDialog((s) => s.open);

  return (
    <>
      <PageHeading>{t('newLink.title')}</PageHeading>
      {(status === 'idle' || status === 'loading') && <p>{t('accounts.loading')}</p>}
      {status === 'error' && loadError && (
        <>
          <ErrorMessage error={loadError} />
          <button type="button" className="button" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </>
      )}
      {status === 'ready' && count === 0 && (
        <EmptyState
          testId="empty-new-link"
          icon={<WalletIcon />}
          title={t('newLink.noAccount.title')}
          body={t('newLink.noAccount.body')}
          action={{
            label: t('newLink.noAccount.action'),
            onClick: () => {
              go('settings');
              openDialog({ kind: 'add' });
            },
          }}
        />
      )}
      {status === 'ready' && count > 0 && (
        <EmptyState
          testId="new-link-ready"
          icon={<LinkIcon />}
          title={t('newLink.ready.title')}
          body={t('newLink.ready.body', { count })}
          action={{ label: t('newLink.ready.action'), onClick: () => go('settings') }}
        />
      )}
    </>
  );
}
