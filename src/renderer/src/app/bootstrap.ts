import { useAccountsStore } from '../features/accounts/accounts-store';
import { useHistoryStore } from '../features/history/history-store';
import { useLinkDetailStore } from '../features/history/link-detail-store';
import { useNoticesStore } from '../features/notices/notices-store';
import { useOutboxStore } from '../features/outbox/outbox-store';
import { usePaidAlertsStore } from '../features/paid-alerts/paid-alerts-store';
import { useAppInfoStore } from '../features/settings/app-info-store';
import { useSettingsStore } from '../features/settings/settings-store';
import { on } from '../lib/ipc';

/** Loads every store once and keeps them fresh from main's events. Returns the unsubscribe. */
export function startStores(): () => void {
  const unsubscribe = [
    on('settings:changed', (settings) => useSettingsStore.getState().receive(settings)),
    on('accounts:changed', () => void useAccountsStore.getState().load()),
    on('notices:changed', (notices) => useNoticesStore.getState().receive(notices)),
    on('history:changed', ({ references }) => {
      useHistoryStore.getState().changed();
      useLinkDetailStore.getState().changed(references);
    }),
    on('outbox:changed', (summary) => useOutboxStore.getState().receive(summary)),
    on('links:paid', (alert) => usePaidAlertsStore.getState().receive(alert)),
  ];
  void useSettingsStore.getState().load();
  void useAccountsStore.getState().load();
  void useNoticesStore.getState().load();
  void useAppInfoStore.getState().load();
  // The navigation badge needs the outbox summary from the start.
  void useOutboxStore.getState().load();
  // History's first page is read once the window is idle, so opening History shows rows at once.
  requestIdleCallback(() => useHistoryStore.getState().show(), { timeout: 1000 });
  return () => unsubscribe.forEach((stop) => stop());
}
