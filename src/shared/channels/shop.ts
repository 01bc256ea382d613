import { shopJoinSchema, shopStatusSchema } from '../domain/shop';
import { noInput, type ChannelSpec } from './common';

export const shopChannels = {
  /** Whether this counter shares a shop's data, and how the last exchange went. */
  'shop:status': { input: noInput, output: shopStatusSchema },
  /** Connect this counter to a shop database (main asks the owner in its own dialog first). */
  'shop:join': { input: shopJoinSchema, output: shopStatusSchema },
  /** Stop sharing: the password leaves the keychain, every local link and customer stays. */
  'shop:leave': { input: noInput, output: shopStatusSchema },
} as const satisfies Record<string, ChannelSpec>;
