import type { HandlerTable } from '@shared/contract';
import { ok } from '@shared/result';
import type { ContactsStore } from '../store/contacts-store';

/** The customer book: autocomplete in the link form and the list in Settings. */
export function contactHandlers(store: ContactsStore) {
  return {
    'contacts:list': async ({ text, limit }) => ok(store.list(text, limit)),
    'contacts:update': async ({ id, patch }) => ok(await store.update(id, patch)),
    'contacts:remove': async ({ id }) => {
      await store.remove(id);
      return ok({ done: true as const });
    },
  } satisfies Pick<HandlerTable, 'contacts:list' | 'contacts:update' | 'contacts:remove'>;
}
