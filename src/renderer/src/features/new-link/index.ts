/** What other features use of the New link form: opening it filled in, and the form's types. */
export { prefillNewLink } from './new-link-prefill';
export type { FormBinding } from './form-binding';
export type { NewLinkDraft } from './new-link-draft';
