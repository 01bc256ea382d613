import type { HandlerTable } from '@shared/contract';
import { ok } from '@shared/result';
import type { LinkActions } from '../links/link-actions';

type ActionChannel = 'links:share' | 'links:note' | 'links:cancel' | 'links:mark-paid' | 'links:check-status' | 'links:mark-seen';

/** Actions on an existing link (result view and history panel); each answers the updated record. */
export function linkActionHandlers(actions: LinkActions) {
  return {
    'links:share': async ({ reference, channel, to }) => ok(await actions.share(reference, channel, to)),
    'links:note': async ({ reference, event, detail }) => ok(await actions.note(reference, event, detail)),
    'links:cancel': async ({ reference }) => ok(await actions.cancel(reference)),
    'links:mark-paid': async ({ reference }) => ok(await actions.markPaid(reference)),
    'links:check-status': async ({ reference }) => ok(await actions.checkStatus(reference)),
    'links:mark-seen': async ({ reference }) => ok(await actions.markSeen(reference)),
  } satisfies Pick<HandlerTable, ActionChannel>;
}
