import { providerNames } from '@shared/domain/provider-id';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useAccountsStore } from '../accounts';
import type { FormBinding } from './form-binding';
import { useNewLinkStore } from './new-link-store';
import { LinkTypeField } from './link-type-field';

/** Which account (and so which provider) makes the link; the rest of the form follows its capabilities. */
export function AccountPicker({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const views = useAccountsStore((s) => s.views);
  const chooseAccount = useNewLinkStore((s) => s.chooseAccount);
  return (
    <>
      <Field label={t('newLink.account')}>
        {(control) => (
          <select
            {...control}
            className="select"
            name="accountId"
            value={binding.accountId}
            onChange={(e) => chooseAccount(e.target.value)}
          >
            {views.map(({ account }) => (
              <option key={account.id} value={account.id}>
                {t('newLink.accountOption', { label: account.label, provider: providerNames[account.provider] })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <LinkTypeField binding={binding} />
    </>
  );
}
