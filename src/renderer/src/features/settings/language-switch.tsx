import { useState } from 'react';
import { languages, type Language } from '@shared/domain/settings';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from './settings-store';
import './language-switch.css';

const names: Record<Language, 'language.tr' | 'language.en'> = { tr: 'language.tr', en: 'language.en' };

/** Two toggle buttons; the choice is saved through settings and applied at once everywhere. */
export function LanguageSwitch({ variant }: { variant: 'sidebar' | 'page' }) {
  const { t, language } = useI18n();
  const update = useSettingsStore((s) => s.update);
  const [error, setError] = useState<AppError>();

  async function choose(next: Language) {
    if (next === language) return;
    const result = await update({ language: next });
    setError(result.ok ? undefined : result.error);
  }

  return (
    <div className={`language-switch language-switch-${variant}`}>
      <div role="group" aria-label={t('language.label')} className="language-options">
        {languages.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            className="language-option"
            aria-pressed={lang === language}
            data-testid={`language-${variant}-${lang}`}
            onClick={() => void choose(lang)}
          >
            {t(names[lang])}
          </button>
        ))}
      </div>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
