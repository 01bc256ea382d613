import { DESCRIPTION_MAX } from '@shared/rules/text-rules';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding } from './form-binding';

/**
 * What the payer sees. No `maxLength`: a pasted long text is kept whole and the counter and the
 * error say how much to cut, instead of the field cutting it silently.
 */
export function DescriptionField({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const { draft, change, touch } = binding;
  const count = [...draft.description.trim()].length;
  const counter = t('newLink.descriptionCount', { count, max: DESCRIPTION_MAX });
  return (
    <div className="field-description">
      <Field label={t('newLink.description')} help={`${t('newLink.descriptionHelp')} ${counter}`} error={binding.errorOf('description')} required>
        {(control) => (
          <input
            {...control}
            className="input"
            name="description"
            autoComplete="off"
            value={draft.description}
            onChange={(e) => change({ description: e.target.value })}
            onBlur={() => touch('description')}
          />
        )}
      </Field>
    </div>
  );
}
