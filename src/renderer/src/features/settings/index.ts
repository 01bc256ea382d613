/** What other features use of Settings: the saved settings, the app facts, the first-start shop step. */
export { useSettingsStore } from './settings-store';
export { useAppInfoStore } from './app-info-store';
export { ShopSetupStep } from './shop-setup-step';
