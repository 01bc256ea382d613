import { useAccountsStore } from '../features/accounts/accounts-store';
import { useNoticesStore } from '../features/notices/notices-store';
import { useAppInfoStore } from '../features/settings/app-info-store';
import { useSettingsStore } from '../features/settings/settings-store';
import { on } from '../lib/ipc';

/** Loads every store once and keeps them fresh from main's events. Returns the unsubscribe. */
export function startStores(): () => void {
  const unsubscribe = [
    on('settings:changed', (settings) => useSettingsStore.getState().receive(settings)),
    on('accounts:changed', () => void useAccountsStore.getState().load()),
    on('notices:changed', (notices) => useNoticesStore.getState().receive(notices)),
  ];
  void useSettingsStore.getState().load();
  void useAccountsStore.getState().load();
  void useNoticesStore.getState().load();
  void useAppInfoStore.getState().load();
  return () => unsubscribe.forEach((stop) => stop());
}
