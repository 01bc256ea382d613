import { WarningIcon } from '../../components/icons';
import { useI18n } from '../../lib/use-i18n';
import { useAppInfoStore } from '../settings';
import './banner.css';

/** Shown while the OS keychain is unavailable: secrets cannot be saved (and never fall back to a file). */
export function KeychainBanner() {
  const { t } = useI18n();
  const keychain = useAppInfoStore((s) => s.info?.keychain);
  if (keychain !== 'unavailable') return null;
  return (
    <section className="banner banner-warning" role="status" data-testid="keychain-banner">
      <WarningIcon className="banner-icon" />
      <div className="banner-text">
        <p>{t('keychain.unavailableBanner')}</p>
      </div>
    </section>
  );
}
