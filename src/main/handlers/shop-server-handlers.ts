import type { HandlerTable } from '@shared/contract';
import { ok } from '@shared/result';
import type { ShopHosting } from '../shop/shop-hosting';

export function shopServerHandlers(hosting: ShopHosting) {
  return {
    'shop:host': async (input) => ok(await hosting.hostHere(input)),
    'shop:pairing-code': async () => ok(await hosting.pairingCode()),
    'shop:pair': async (input) => ok(await hosting.pair(input)),
  } satisfies Pick<HandlerTable, 'shop:host' | 'shop:pairing-code' | 'shop:pair'>;
}
