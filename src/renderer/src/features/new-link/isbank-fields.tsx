import { useEffect } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useAccountsStore } from '../accounts';
import type { FormBinding } from './form-binding';
import { branchesKey, useIsbankLookups } from './isbank-lookups-store';

/** İşbank PayByLink: merchant → branch (look-ups from İşbank), and domestic or foreign cards. */
export function IsbankFields({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { accountId, draft, change, touch } = binding;
  const merchants = useIsbankLookups((s) => s.merchants[accountId]);
  const branches = useIsbankLookups((s) => (draft.isbankMerchantNo ? s.branches[branchesKey(accountId, draft.isbankMerchantNo)] : undefined));
  const { loadMerchants, loadBranches } = useIsbankLookups.getState();
  const settingsMerchant = useAccountsStore((s) => {
    const account = s.views.find((v) => v.account.id === accountId)?.account;
    return account?.provider === 'isbank' ? account.settings.merchantNo : undefined;
  });

  useEffect(() => loadMerchants(accountId), [accountId, loadMerchants]);
  useEffect(() => {
    if (draft.isbankMerchantNo) loadBranches(accountId, draft.isbankMerchantNo);
  }, [accountId, draft.isbankMerchantNo, loadBranches]);

  // Pre-select the account's own merchant (or the only one), then the first branch.
  useEffect(() => {
    if (draft.isbankMerchantNo || merchants?.state !== 'ready') return;
    const list = merchants.value;
    const preferred = list.find((m) => m.merchantNo === settingsMerchant) ?? (list.length === 1 ? list[0] : undefined);
    if (preferred) change({ isbankMerchantNo: preferred.merchantNo, isbankBranchNo: '' });
  }, [merchants, draft.isbankMerchantNo, settingsMerchant, change]);
  useEffect(() => {
    if (draft.isbankBranchNo !== '' || branches?.state !== 'ready') return;
    const first = branches.value[0];
    if (first) change({ isbankBranchNo: String(first.branchNo) });
  }, [branches, draft.isbankBranchNo, change]);

  return (
    <fieldset className="form-group">
      <legend className="form-group-title">{t('newLink.isbank')}</legend>
      <div className="field-row">
        <Field
          label={t('newLink.isbankMerchant')}
          help={merchants?.state === 'loading' ? t('newLink.loadingOptions') : undefined}
          error={binding.errorOf('isbank.merchantNo')}
          required
        >
          {(control) => (
            <select
              {...control}
              className="select"
              name="isbankMerchant"
              value={draft.isbankMerchantNo}
              onChange={(e) => change({ isbankMerchantNo: e.target.value, isbankBranchNo: '' })}
              onBlur={() => touch('isbank.merchantNo')}
            >
              <option value="">{t('newLink.choose')}</option>
              {merchants?.state === 'ready' &&
                merchants.value.map((m) => (
                  <option key={m.merchantNo} value={m.merchantNo}>
                    {m.name ? `${m.name} (${m.merchantNo})` : m.merchantNo}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field
          label={t('newLink.isbankBranch')}
          help={branches?.state === 'loading' ? t('newLink.loadingOptions') : undefined}
          error={binding.errorOf('isbank.branchNo')}
          required
        >
          {(control) => (
            <select
              {...control}
              className="select"
              name="isbankBranch"
              value={draft.isbankBranchNo}
              disabled={!draft.isbankMerchantNo}
              onChange={(e) => change({ isbankBranchNo: e.target.value })}
              onBlur={() => touch('isbank.branchNo')}
            >
              <option value="">{t('newLink.choose')}</option>
              {branches?.state === 'ready' &&
                branches.value.map((b) => (
                  <option key={b.branchNo} value={String(b.branchNo)}>
                    {b.name ? `${b.name} (${b.branchNo})` : String(b.branchNo)}
                  </option>
                ))}
            </select>
          )}
        </Field>
      </div>
      {merchants?.state === 'failed' && (
        <LookupFailed error={merchants.error} onRetry={() => loadMerchants(accountId, true)} />
      )}
      {branches?.state === 'failed' && (
        <LookupFailed error={branches.error} onRetry={() => loadBranches(accountId, draft.isbankMerchantNo, true)} />
      )}
      <fieldset className="choice-group">
        <legend className="field-label">{t('newLink.isbankCards')}</legend>
        <div className="choice-options">
          {[true, false].map((domestic) => (
            <label key={String(domestic)} className="choice">
              <input
                type="radio"
                name="isbankDomestic"
                checked={draft.isbankDomestic === domestic}
                onChange={() => change({ isbankDomestic: domestic })}
              />
              <span>{domestic ? t('newLink.isbankDomestic') : t('newLink.isbankForeign')}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}

export function LookupFailed({ error, onRetry }: { error: Parameters<typeof ErrorMessage>[0]['error']; onRetry(): void }) {
  const { t } = useI18n();
  return (
    <div className="lookup-failed">
      <ErrorMessage error={error} lead={t('newLink.lookupFailed')} />
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
