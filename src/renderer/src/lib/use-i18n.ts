import { useMemo } from 'react';
import { errorText, type ErrorText } from '@shared/i18n/error-text';
import { createTranslator, type Translate } from '@shared/i18n/translate';
import type { Language } from '@shared/domain/settings';
import type { AppError } from '@shared/result';
import { useSettingsStore } from '../features/settings/settings-store';

export interface I18n {
  language: Language;
  t: Translate;
  describeError(error: AppError): ErrorText;
}

/** The current language's translator; components re-render when the language changes. */
export function useI18n(): I18n {
  const language = useSettingsStore((s) => s.settings.language);
  return useMemo(
    () => ({ language, t: createTranslator(language), describeError: (error: AppError) => errorText(error, language) }),
    [language],
  );
}
