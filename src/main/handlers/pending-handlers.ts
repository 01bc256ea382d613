import type { Channel, HandlerTable } from '../../shared/contract';
import { fail } from '../../shared/result';

/**
 * Channels declared in the contract whose services are being built (links, history, outbox,
 * contacts). Each answers `unsupported` until its handler group replaces it in core.ts; this file
 * is deleted when the list is empty.
 */
const pendingChannels = [
  'links:share',
  'links:note',
  'links:cancel',
  'links:mark-paid',
  'links:check-status',
] as const satisfies readonly Channel[];

type Pending = (typeof pendingChannels)[number];

export function pendingHandlers(): Pick<HandlerTable, Pending> {
  const answer = async () => fail('unsupported', 'not available in this build yet');
  return Object.fromEntries(pendingChannels.map((c) => [c, answer])) as unknown as Pick<HandlerTable, Pending>;
}
