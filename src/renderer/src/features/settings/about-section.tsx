import { useI18n } from '../../lib/use-i18n';
import { useAppInfoStore } from './app-info-store';
import { DiagnosticsButton } from './diagnostics-button';

/** Where PayDesk keeps its files and whether the keychain works: what support asks first, and the report for them. */
export function AboutSection() {
  const { t } = useI18n();
  const info = useAppInfoStore((s) => s.info);
  if (!info) return null;
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.about.title')}</h2>
      <dl className="facts">
        <dt>{t('settings.about.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('settings.about.dataDir')}</dt>
        <dd className="mono">{info.dataDir}</dd>
        <dt>{t('settings.about.keychain')}</dt>
        <dd>
          {info.keychain === 'available' ? t('settings.about.keychainAvailable') : t('settings.about.keychainUnavailable')}
        </dd>
      </dl>
      <DiagnosticsButton />
    </section>
  );
}
