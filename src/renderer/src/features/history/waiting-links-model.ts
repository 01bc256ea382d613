import { pendingOutboxStates, type OutboxItem } from '@shared/domain/outbox-item';
import { formatPhone } from '@shared/domain/phone';
import { plainTurkish } from '@shared/domain/turkish-text';
import type { FilterState } from './history-filter-model';

/** A link request still in the outbox: not in history yet, shown above it as waiting. */
export type WaitingLink = OutboxItem & { job: Extract<OutboxItem['job'], { kind: 'create-link' }> };

export function isWaitingLink(item: OutboxItem): item is WaitingLink {
  return item.job.kind === 'create-link' && pendingOutboxStates.includes(item.state);
}

/**
 * The outbox's waiting link requests that the history filters would show: same account, provider
 * and text (without Turkish letters, as the list searches); a status other than "active" hides
 * them, and the date range does not (they are waiting now).
 */
export function waitingLinks(items: readonly OutboxItem[], filter: FilterState): WaitingLink[] {
  if (filter.status !== '' && filter.status !== 'active') return [];
  const typed = plainTurkish(filter.text.trim());
  return items.filter(isWaitingLink).filter((item) => {
    if (filter.accountId && item.accountId !== filter.accountId) return false;
    if (filter.provider && item.provider !== filter.provider) return false;
    if (!typed) return true;
    const { description, customer, reference } = item.job.request;
    // A phone as it is typed at the counter: `0555 123 45 67` or `05551234567`.
    const phone = customer.phone ? formatPhone(customer.phone) : undefined;
    const text = [description, customer.name, phone, phone?.replace(/\s/g, ''), customer.email, reference].filter(Boolean).join(' ');
    return plainTurkish(text).includes(typed);
  });
}
