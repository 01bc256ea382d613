/** What other features use of the accounts feature: the store, the add-account dialog, the Settings section. */
export { useAccountsStore } from './accounts-store';
export { useAccountDialog } from './account-dialog-store';
export { AccountsSection } from './accounts-section';
