import type { Contact } from '@shared/domain/contact';
import { formatPhone } from '@shared/domain/phone';
import { providerNames } from '@shared/domain/provider-id';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';
import type { NewLinkDraft } from './new-link-draft';
import { SuggestInput } from './suggest-input';

/** The customer's name, phone and e-mail, with saved customers suggested; Paynet's send-at-create boxes. */
export function CustomerFields({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { caps, draft, change, touch, provider } = binding;

  const fill = (contact: Contact) => {
    const patch: Partial<NewLinkDraft> = {
      customerName: contact.name ?? draft.customerName,
      customerPhone: contact.phone ? formatPhone(contact.phone) : draft.customerPhone,
      customerEmail: contact.email ?? draft.customerEmail,
    };
    if (caps.customerAccounts && contact.oduyoCustomerId) {
      patch.oduyoCustomerId = contact.oduyoCustomerId;
      patch.oduyoCustomerLabel = contact.name ? `${contact.name} (#${contact.oduyoCustomerId})` : `#${contact.oduyoCustomerId}`;
    }
    change(patch);
  };

  const emailRequired = draft.linkType === 'collection' || draft.notifyByEmail;
  const phoneRequired = draft.notifyBySms;
  const atCreate = caps.providerSms === 'at-create' || caps.providerEmail === 'at-create';
  const notifyError = binding.errorOf('notify');

  return (
    <>
      <Field
        label={t('newLink.customerName')}
        note={caps.requiresCustomerName ? undefined : t('common.optional')}
        error={binding.errorOf('customer.name')}
        required={caps.requiresCustomerName}
      >
        {(control) => (
          <SuggestInput
            control={control}
            name="customerName"
            value={draft.customerName}
            minChars={2}
            inputProps={{ maxLength: 200 }}
            onChange={(customerName) => change({ customerName })}
            onBlur={() => touch('customer.name')}
            onPick={fill}
          />
        )}
      </Field>
      <div className="field-row">
        <Field
          label={t('newLink.customerPhone')}
          help={t('newLink.customerPhoneHelp')}
          note={phoneRequired ? undefined : t('common.optional')}
          error={binding.errorOf('customer.phone')}
          required={phoneRequired}
        >
          {(control) => (
            <SuggestInput
              control={control}
              name="customerPhone"
              value={draft.customerPhone}
              minChars={3}
              inputProps={{ type: 'tel', inputMode: 'tel', maxLength: 30 }}
              onChange={(customerPhone) => change({ customerPhone })}
              onBlur={() => touch('customer.phone')}
              onPick={fill}
            />
          )}
        </Field>
        <Field
          label={t('newLink.customerEmail')}
          note={emailRequired ? undefined : t('common.optional')}
          error={binding.errorOf('customer.email')}
          required={emailRequired}
        >
          {(control) => (
            <SuggestInput
              control={control}
              name="customerEmail"
              value={draft.customerEmail}
              minChars={2}
              inputProps={{ type: 'email', maxLength: 100, spellCheck: false }}
              onChange={(customerEmail) => change({ customerEmail })}
              onBlur={() => touch('customer.email')}
              onPick={fill}
            />
          )}
        </Field>
      </div>
      {atCreate && (
        <fieldset className="choice-group" aria-invalid={notifyError ? true : undefined}>
          <legend className="field-label">{t('newLink.notify')}</legend>
          <div className="choice-options">
            {caps.providerSms === 'at-create' && (
              <label className="choice">
                <input
                  type="checkbox"
                  name="notifyBySms"
                  checked={draft.notifyBySms}
                  onChange={(e) => change({ notifyBySms: e.target.checked })}
                />
                <span>{t('newLink.notifySms', { provider: providerNames[provider] })}</span>
              </label>
            )}
            {caps.providerEmail === 'at-create' && (
              <label className="choice">
                <input
                  type="checkbox"
                  name="notifyByEmail"
                  checked={draft.notifyByEmail}
                  onChange={(e) => change({ notifyByEmail: e.target.checked })}
                />
                <span>{t('newLink.notifyEmail', { provider: providerNames[provider] })}</span>
              </label>
            )}
          </div>
          {notifyError && <p className="field-error">{notifyError}</p>}
        </fieldset>
      )}
    </>
  );
}
