import { useEffect, type ReactNode } from 'react';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';
import { installmentsKey, useIsbankLookups } from './isbank-lookups-store';
import { LookupFailed } from './isbank-fields';

const ALL_COUNTS = Array.from({ length: 12 }, (_, i) => i + 1);

/** İşbank's installment options for the chosen merchant and branch (asked from İşbank). */
function useIsbankCounts(binding: FormBinding): { counts: number[] | undefined; failed?: ReactNode } {
  const { accountId, draft, provider } = binding;
  const branchNo = Number(draft.isbankBranchNo);
  const ready = provider === 'isbank' && draft.isbankMerchantNo !== '' && draft.isbankBranchNo !== '';
  const key = ready ? installmentsKey(accountId, draft.isbankMerchantNo, branchNo, draft.isbankDomestic) : '';
  const lookup = useIsbankLookups((s) => (key ? s.installments[key] : undefined));
  const load = useIsbankLookups((s) => s.loadInstallments);
  useEffect(() => {
    if (ready) load(accountId, draft.isbankMerchantNo, branchNo, draft.isbankDomestic);
  }, [ready, load, accountId, draft.isbankMerchantNo, branchNo, draft.isbankDomestic]);
  if (provider !== 'isbank') return { counts: ALL_COUNTS };
  if (lookup?.state === 'failed') {
    const retry = () => load(accountId, draft.isbankMerchantNo, branchNo, draft.isbankDomestic, true);
    return { counts: [1], failed: <LookupFailed error={lookup.error} onRetry={retry} /> };
  }
  if (lookup?.state !== 'ready') return { counts: undefined };
  const counts = [...new Set([1, ...lookup.value.map((o) => o.count).filter((c) => c <= 12)])].sort((a, b) => a - b);
  return { counts };
}

/** Installments, installments at cash price, minimum quantity and stock: only what the provider has. */
export function LinkOptionsFields({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { caps, draft, change, touch } = binding;
  const { counts, failed } = useIsbankCounts(binding);
  const installments = caps.installments && draft.linkType !== 'open-amount';

  // A count İşbank no longer offers falls back to a single payment.
  useEffect(() => {
    if (counts && !counts.includes(draft.maxInstallments)) change({ maxInstallments: 1 });
  }, [counts, draft.maxInstallments, change]);

  const countLabel = (n: number) => (n === 1 ? t('newLink.singlePayment') : t('newLink.upTo', { count: n }));
  const product = caps.quantityAndStock && draft.linkType === 'product';

  return (
    <>
      {installments && (
        <div className="field-row">
          <Field
            label={t('newLink.installments')}
            help={counts === undefined ? t('newLink.loadingOptions') : binding.provider === 'isbank' ? t('newLink.isbankInstallmentsHelp') : undefined}
            error={binding.errorOf('maxInstallments')}
          >
            {(control) => (
              <select
                {...control}
                className="select"
                name="maxInstallments"
                value={draft.maxInstallments}
                onChange={(e) => change({ maxInstallments: Number(e.target.value) })}
              >
                {(counts ?? [1]).map((n) => (
                  <option key={n} value={n}>
                    {countLabel(n)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {caps.cashPriceInstallments && (
            <Field label={t('newLink.cashPrice')} error={binding.errorOf('cashPriceInstallments')}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  name="cashPriceInstallments"
                  value={draft.cashPriceInstallments}
                  disabled={draft.maxInstallments < 2}
                  onChange={(e) => change({ cashPriceInstallments: Number(e.target.value) })}
                >
                  <option value={0}>{t('newLink.cashPriceNone')}</option>
                  {ALL_COUNTS.filter((n) => n >= 2 && n <= draft.maxInstallments).map((n) => (
                    <option key={n} value={n}>
                      {t('newLink.upTo', { count: n })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      )}
      {installments && failed}
      {product && (
        <div className="field-row">
          <Field label={t('newLink.minQuantity')} note={t('common.optional')} error={binding.errorOf('minQuantity')}>
            {(control) => (
              <input
                {...control}
                className="input input-count"
                name="minQuantity"
                inputMode="numeric"
                autoComplete="off"
                maxLength={9}
                placeholder="1"
                value={draft.minQuantityText}
                onChange={(e) => change({ minQuantityText: e.target.value })}
                onBlur={() => touch('minQuantity')}
              />
            )}
          </Field>
          <Field label={t('newLink.stock')} help={t('newLink.stockHelp')} note={t('common.optional')} error={binding.errorOf('stock')}>
            {(control) => (
              <input
                {...control}
                className="input input-count"
                name="stock"
                inputMode="numeric"
                autoComplete="off"
                maxLength={9}
                value={draft.stockText}
                onChange={(e) => change({ stockText: e.target.value })}
                onBlur={() => touch('stock')}
              />
            )}
          </Field>
        </div>
      )}
    </>
  );
}
