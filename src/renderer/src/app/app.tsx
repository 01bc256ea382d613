import { useEffect, useRef } from 'react';
import { ErrorMessage } from '../components/error-message';
import { DayEndPage } from '../features/day-end/day-end-page';
import { HistoryPage } from '../features/history/history-page';
import { KeychainBanner } from '../features/notices/keychain-banner';
import { NoticesBanner } from '../features/notices/notices-banner';
import { NewLinkPage } from '../features/new-link/new-link-page';
import { DraftsPage } from '../features/outbox/drafts-page';
import { OutboxPage } from '../features/outbox/outbox-page';
import { PaidAlertStack } from '../features/paid-alerts/paid-alert-stack';
import { PrintHost } from '../features/print';
import { SettingsPage } from '../features/settings/settings-page';
import { useSettingsStore } from '../features/settings/settings-store';
import { hasBridge } from '../lib/ipc';
import { useI18n } from '../lib/use-i18n';
import { useNavigation } from './navigation-store';
import { Sidebar } from './sidebar';
import './shell.css';

export function App() {
  const { t, language } = useI18n();
  const page = useNavigation((s) => s.page);
  const loaded = useSettingsStore((s) => s.loaded);
  const shopName = useSettingsStore((s) => s.settings.shopName);
  const settingsError = useSettingsStore((s) => s.loadError);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    document.title = shopName ? `${shopName} · PayDesk` : 'PayDesk';
  }, [shopName]);

  if (!hasBridge()) {
    return (
      <main className="fatal" role="alert">
        {t('app.bridgeMissing')}
      </main>
    );
  }
  // Wait for the saved language so the window does not flash Turkish before switching to English.
  if (!loaded) return <p className="loading">{t('app.loading')}</p>;

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('shell.skipToContent')}
      </button>
      <Sidebar />
      <main ref={mainRef} className="content" tabIndex={-1} data-page={page}>
        <NoticesBanner />
        <KeychainBanner />
        {settingsError && <ErrorMessage error={settingsError} />}
        {page === 'new-link' && <NewLinkPage />}
        {page === 'history' && <HistoryPage />}
        {page === 'day-end' && <DayEndPage />}
        {page === 'drafts' && <DraftsPage />}
        {page === 'outbox' && <OutboxPage />}
        {page === 'settings' && <SettingsPage />}
      </main>
      <PaidAlertStack />
      <PrintHost />
    </div>
  );
}
