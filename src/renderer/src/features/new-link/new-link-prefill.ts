import { useNavigation } from '../../app/navigation-store';
import type { CreateLinkRequest } from '@shared/domain/link';
import { useNewLinkStore } from './new-link-store';

export interface PrefillInput {
  accountId: string;
  request: CreateLinkRequest;
  /**
   * Keep the request's reference: re-submitting then edits the same outbox item (a link that has
   * not reached the provider yet) instead of making a second one. Otherwise a fresh reference.
   */
  keepReference?: boolean;
}

/**
 * Opens the New link page with a form filled from an existing request (History "create a similar
 * link", the Outbox "edit", the result view's "new link for the same customer"). False when the
 * account no longer exists or a link is being created right now (nothing changes then).
 */
export function prefillNewLink({ accountId, request, keepReference = false }: PrefillInput): boolean {
  const done = useNewLinkStore.getState().prefill(accountId, request, { keepReference });
  if (done) useNavigation.getState().go('new-link');
  return done;
}
