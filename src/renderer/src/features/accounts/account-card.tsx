import { sayUserText } from '@shared/i18n/user-text';
import type { AccountView } from '@shared/domain/account';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { providerNames } from '@shared/domain/provider-id';
import { ErrorMessage } from '../../components/error-message';
import { CheckIcon } from '../../components/icons';
import { useI18n } from '../../lib/use-i18n';
import { useServiceFormStore } from '../isbank-service-form';
import { useAccountDialog } from './account-dialog-store';
import { useAccountsStore } from './accounts-store';
import { secretFieldSpecs, settingFields, type SettingFieldSpec } from './provider-fields';

/** One account: what it is, which keys are stored, and its actions (test, edit, remove). */
export function AccountCard({ view }: { view: AccountView }) {
  const { t, language } = useI18n();
  const { account, secretsStored } = view;
  const test = useAccountsStore((s) => s.tests[account.id]);
  const runTest = useAccountsStore((s) => s.test);
  const open = useAccountDialog((s) => s.open);
  const openServiceForm = useServiceFormStore((s) => s.open);
  const label = account.label;
  const shownSettings = (settingFields[account.provider] as readonly SettingFieldSpec[]).filter(
    (spec) => spec.kind !== 'pem' && typeof (account.settings as Record<string, unknown>)[spec.name] === 'string',
  );

  return (
    <li className="account-card" data-testid="account-card" data-account-id={account.id}>
      <div className="account-head">
        <div>
          <h3 className="account-label">{label}</h3>
          <p className="account-provider">
            <span className={`provider-tag provider-${account.provider}`}>{providerNames[account.provider]}</span>
            <span>
              {t('accounts.environment')}: {t(`env.${account.environment}`)}
            </span>
            {account.environment === 'custom' && account.baseUrl && <span className="mono">{account.baseUrl}</span>}
          </p>
        </div>
      </div>

      <dl className="account-facts">
        {shownSettings.map((spec) => (
          <div key={spec.name} className="account-fact">
            <dt>{t(spec.label)}</dt>
            <dd className="mono">{String((account.settings as Record<string, unknown>)[spec.name])}</dd>
          </div>
        ))}
        <div className="account-fact">
          <dt>{t('accounts.keys')}</dt>
          <dd className="secret-list">
            {secretFieldSpecs(account.provider).map((spec) => {
              const stored = secretsStored[spec.name] === true;
              return (
                <span key={spec.name} className="secret-item" data-testid={`secret-${spec.name}`} data-stored={stored}>
                  {t(spec.label)}:{' '}
                  <span className={`badge ${stored ? 'badge-ok' : spec.required ? 'badge-missing' : ''}`}>
                    {stored ? t('accounts.secretStored') : t('accounts.secretMissing')}
                  </span>
                </span>
              );
            })}
          </dd>
        </div>
      </dl>

      <div className="account-actions">
        <button
          type="button"
          className="button"
          disabled={test?.state === 'running'}
          onClick={() => void runTest(account.id)}
        >
          {test?.state === 'running' ? t('accounts.testing') : t('accounts.test')}
          <span className="visually-hidden">: {label}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => open({ kind: 'edit', id: account.id })}
        >
          {t('common.edit')}
          <span className="visually-hidden">: {label}</span>
        </button>
        {account.provider === 'isbank' && (
          <button type="button" className="button" onClick={() => openServiceForm(account.id)}>
            {t('serviceForm.open')}
            <span className="visually-hidden">: {label}</span>
          </button>
        )}
        <button
          type="button"
          className="button button-quiet-danger"
          onClick={() => open({ kind: 'remove', id: account.id })}
        >
          {t('common.remove')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>

      <div aria-live="polite" data-testid="test-result">
        {test?.state === 'ok' && (
          <p className="message message-success">
            <span className="test-ok">
              <CheckIcon className="inline-icon" /> {t('accounts.testOk')}
            </span>
            <span className="message-detail">{sayUserText(test.detail, language)}</span>
            <span className="message-detail">{formatIstanbulDateTime(test.checkedAt)}</span>
          </p>
        )}
        {test?.state === 'failed' && <ErrorMessage error={test.error} lead={t('accounts.testFailed')} />}
      </div>
    </li>
  );
}
