import { customExpiryInput, expiryInstant, expiryPresetsFor, toProviderExpiry } from '@shared/domain/expiry';
import { providerNames } from '@shared/domain/provider-id';
import type { ExpiryPreset } from '@shared/domain/settings';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';

/** Expiry presets the provider can honour, a custom time, and what the provider will receive. */
export function ExpiryField({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { caps, draft, change, touch, provider } = binding;
  const name = providerNames[provider];
  if (draft.linkType === 'open-amount') return <p className="field-aside">{t('newLink.expiryNone')}</p>;

  const custom = draft.expiryPreset === 'custom';
  const inputKind = customExpiryInput(caps.expiry);
  const note = (): string | undefined => {
    if (caps.expiry === 'one-day') return t('newLink.expiryOneDay');
    const now = new Date();
    const choice = expiryInstant(draft.expiryPreset, caps.expiry, now, draft.customExpiry);
    if (!choice.ok || !choice.expiresAt) return undefined;
    const sent = toProviderExpiry(caps.expiry, choice.expiresAt, now);
    if (sent?.form === 'datetime') return t('newLink.expiryAsDatetime', { provider: name, text: sent.text });
    if (sent?.form === 'hours' && sent.hours > 0) return t('newLink.expiryAsHours', { provider: name, hours: sent.hours });
    if (sent?.form === 'date') return t('newLink.expiryAsDate', { provider: name, date: sent.date.split('-').reverse().join('.') });
    return undefined;
  };
  const error = binding.errorOf('expiresAt');

  return (
    <div className="field-row">
      <Field label={t('newLink.expiry')} help={custom ? undefined : note()} error={custom ? undefined : error}>
        {(control) => (
          <select
            {...control}
            className="select"
            name="expiryPreset"
            value={draft.expiryPreset}
            onChange={(e) => change({ expiryPreset: e.target.value as ExpiryPreset })}
          >
            {expiryPresetsFor(caps.expiry).map((preset) => (
              <option key={preset} value={preset}>
                {t(`newLink.expiry.${preset}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {custom && (
        <Field
          label={inputKind === 'date' ? t('newLink.expiryCustomDate') : t('newLink.expiryCustomTime')}
          help={note()}
          error={error}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="customExpiry"
              type={inputKind}
              value={draft.customExpiry}
              onChange={(e) => change({ customExpiry: e.target.value })}
              onBlur={() => touch('expiresAt')}
            />
          )}
        </Field>
      )}
    </div>
  );
}
