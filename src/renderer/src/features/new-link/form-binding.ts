import type { ProviderCapabilities } from '@shared/domain/capabilities';
import type { ProviderId } from '@shared/domain/provider-id';
import type { NewLinkDraft } from './new-link-draft';
import type { FormField } from './new-link-form-model';

/** What each section of the New link form gets from the form: the draft, how to change it, its errors. */
export interface FormBinding {
  accountId: string;
  provider: ProviderId;
  caps: ProviderCapabilities;
  draft: NewLinkDraft;
  change(patch: Partial<NewLinkDraft>): void;
  /** The user left a field: its issue may show from now on. */
  touch(field: FormField): void;
  /** The inline error to show under a field, in the UI language. */
  errorOf(field: FormField): string | undefined;
}
