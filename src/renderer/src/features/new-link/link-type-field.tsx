import type { LinkType } from '@shared/domain/link';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';

/** The provider's link kinds as radio buttons (arrow keys move between them); hidden when there is one. */
export function LinkTypeField({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { caps, draft, change } = binding;
  if (caps.linkTypes.length < 2) return null;
  const error = binding.errorOf('linkType');
  return (
    <fieldset className="choice-group" aria-invalid={error ? true : undefined}>
      <legend className="field-label">{t('newLink.linkType')}</legend>
      <div className="choice-options">
        {caps.linkTypes.map((type: LinkType) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name="linkType"
              value={type}
              checked={draft.linkType === type}
              onChange={() => change({ linkType: type })}
            />
            <span>{t(`newLink.type.${type}`)}</span>
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
