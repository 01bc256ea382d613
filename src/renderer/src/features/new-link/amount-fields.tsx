import { formatMoney, parseAmount, type Currency } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';

/** Amount typed the Turkish way, read back as it will be sent; the flex maximum. */
export function AmountFields({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { draft, change, touch } = binding;
  const readBack = (text: string) => {
    const minor = parseAmount(text);
    return minor !== null && minor > 0 ? t('newLink.amountReads', { amount: formatMoney({ minor, currency: draft.currency }) }) : undefined;
  };
  const label =
    draft.linkType === 'flex' ? t('newLink.amountMin') : draft.linkType === 'open-amount' ? t('newLink.amountForRecords') : t('newLink.amount');
  const help = draft.linkType === 'open-amount' ? t('newLink.amountOpenHelp') : (readBack(draft.amountText) ?? t('newLink.amountHelp'));

  return (
    <>
      <Field label={label} help={help} error={binding.errorOf('amount')} required>
        {(control) => (
          <input
            {...control}
            className="input input-amount"
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            maxLength={24}
            value={draft.amountText}
            onChange={(e) => change({ amountText: e.target.value })}
            onBlur={() => touch('amount')}
          />
        )}
      </Field>
      {draft.linkType === 'flex' && (
        <Field
          label={t('newLink.maxAmount')}
          help={readBack(draft.maxAmountText) ?? t('newLink.amountHelp')}
          error={binding.errorOf('maxAmountMinor')}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input input-amount"
              name="maxAmount"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              maxLength={24}
              value={draft.maxAmountText}
              onChange={(e) => change({ maxAmountText: e.target.value })}
              onBlur={() => touch('maxAmountMinor')}
            />
          )}
        </Field>
      )}
    </>
  );
}

/**
 * The currency, among the options: it is remembered from the last link and shown in the amount's
 * read-back, so it stays out of the amount → description → create path.
 */
export function CurrencyField({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { caps, draft, change, provider } = binding;
  return (
    <div className="field-row">
      {caps.currencies.length > 1 ? (
        <Field label={t('newLink.currency')} error={binding.errorOf('currency')}>
          {(control) => (
            <select
              {...control}
              className="select select-currency"
              name="currency"
              value={draft.currency}
              onChange={(e) => change({ currency: e.target.value as Currency })}
            >
              {caps.currencies.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p className="field-aside">{t('newLink.currencyFixed', { provider: providerNames[provider] })}</p>
      )}
    </div>
  );
}
