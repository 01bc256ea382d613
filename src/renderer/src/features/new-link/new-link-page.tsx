import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { WalletIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';
import { useAccountDialog, useAccountsStore } from '../accounts';
import { CustomerDisplayButton, PrintSlipButton } from '../print';
import { ShopSetupStep, useSettingsStore } from '../settings';
import { LinkResult } from './link-result';
import { NewLinkForm } from './new-link-form';
import { useNewLinkStore, type Phase } from './new-link-store';
import { PendingOutcome } from './pending-outcome';
import './new-link.css';

function Outcome({ phase }: { phase: Extract<Phase, { kind: 'done' }> }) {
  const { record, item } = phase.outcome;
  if (record?.url) {
    const printSlip = (
      <>
        <PrintSlipButton reference={record.reference} />
        <CustomerDisplayButton reference={record.reference} />
      </>
    );
    return <LinkResult record={{ ...record, url: record.url }} provider={phase.provider} printSlip={printSlip} />;
  }
  return <PendingOutcome item={item} provider={phase.provider} />;
}

/** The main job: pick an account, fill the form, create the link, hand it to the customer. */
export function NewLinkPage() {
  const { t } = useI18n();
  const status = useAccountsStore((s) => s.status);
  const views = useAccountsStore((s) => s.views);
  const loadError = useAccountsStore((s) => s.loadError);
  const reload = useAccountsStore((s) => s.load);
  const lastAccountId = useSettingsStore((s) => s.settings.lastAccountId);
  const go = useNavigation((s) => s.go);
  const openDialog = useAccountDialog((s) => s.open);
  const ensureAccount = useNewLinkStore((s) => s.ensureAccount);
  const phase = useNewLinkStore((s) => s.phase);

  useEffect(() => {
    if (status === 'ready') ensureAccount(views, lastAccountId, useSettingsStore.getState().settings.lastLinkOptions);
  }, [status, views, lastAccountId, ensureAccount]);

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
      {status === 'ready' && views.length === 0 && <ShopSetupStep />}
      {status === 'ready' && views.length === 0 && (
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
      {status === 'ready' && views.length > 0 && phase.kind !== 'done' && <NewLinkForm />}
      {status === 'ready' && phase.kind === 'done' && <Outcome phase={phase} />}
    </>
  );
}
