import type { OutboxItem } from '@shared/domain/outbox-item';
import { prefillNewLink } from '../new-link';

/**
 * Opens a waiting link request in the New link form with its own reference kept: submitting it
 * replaces the request of the same outbox item (links:create is idempotent by reference), so an
 * edit never becomes a second link. False when the account is gone or the form is busy.
 */
export function editOutboxItem(item: OutboxItem): boolean {
  if (item.job.kind !== 'create-link') return false;
  return prefillNewLink({ accountId: item.accountId, request: item.job.request, keepReference: true });
}
