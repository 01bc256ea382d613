/** The customer book in Settings. */
export { ContactsSection } from './contacts-section';
