import { z } from 'zod';
import { linkReferenceSchema } from '../domain/link';
import { linkSummarySchema } from '../domain/link-record';
import { outboxItemSchema, unknownDecisionSchema } from '../domain/outbox-item';
import { shopHostSchema, shopJoinSchema, shopPairingCodeSchema, shopPairSchema, shopQueueItemSchema, shopServerAddressSchema, shopStatusSchema } from '../domain/shop';
import { noInput, type ChannelSpec } from './common';

export const shopChannels = {
  /** Whether this counter shares a shop's data, and how the last exchange went. */
  'shop:status': { input: noInput, output: shopStatusSchema },
  /** Connect this counter to a shop database (main asks the owner in its own dialog first). */
  'shop:join': { input: shopJoinSchema, output: shopStatusSchema },
  /** Stop sharing: the password leaves the keychain, every local link and customer stays. */
  'shop:leave': { input: noInput, output: shopStatusSchema },
  /** The shop's queue: links left to any open counter that are not made yet (needs the connection). */
  'shop:queue': { input: noInput, output: z.object({ items: z.array(shopQueueItemSchema).max(200) }) },
  /**
   * The owner's decision on an item the shop holds as `unknown` (the Outbox's shop list): decided
   * once for every counter, then followed on this computer (history, this counter's copy).
   */
  'shop:resolve': { input: z.strictObject({ reference: linkReferenceSchema, decision: unknownDecisionSchema }), output: outboxItemSchema },
  /** The shop's links on its server that this counter does not keep (older than 12 months, closed), newest first: needs the connection. */
  'shop:search-history': {
    input: z.strictObject({ text: z.string().trim().min(2).max(200), limit: z.number().int().min(1).max(100) }),
    output: z.object({ rows: z.array(linkSummarySchema) }),
  },
  /**
   * Make this PC the shop's server (main asks the owner in its own dialog first): starts the
   * bundled PostgreSQL, makes the shop and joins this counter to it. `address` is what other
   * counters type; codes come from `shop:pairing-code`.
   */
  'shop:host': { input: shopHostSchema, output: z.object({ status: shopStatusSchema, address: shopServerAddressSchema }) },
  /** A new one-time code for a counter to join with (15 minutes, one use): only on the server PC. */
  'shop:pairing-code': { input: noInput, output: shopPairingCodeSchema },
  /** Join the shop on the server at `address` with a code shown there (main asks in its own dialog first). */
  'shop:pair': { input: shopPairSchema, output: shopStatusSchema },
} as const satisfies Record<string, ChannelSpec>;
