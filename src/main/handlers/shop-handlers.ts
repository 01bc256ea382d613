import type { HandlerTable } from '@shared/contract';
import { ok } from '@shared/result';
import type { ShopService } from '../shop/shop-service';

export function shopHandlers(shop: ShopService) {
  return {
    'shop:status': async () => ok(shop.status()),
    'shop:join': async (input) => ok(await shop.join(input)),
    'shop:leave': async () => ok(await shop.leave()),
    'shop:search-history': async ({ text, limit }) => ok({ rows: await shop.searchHistory(text, limit) }),
    'shop:queue': async () => ok({ items: await shop.queue() }),
    'shop:resolve': async ({ reference, decision }) => ok(await shop.resolve(reference, decision)),
  } satisfies Pick<HandlerTable, 'shop:status' | 'shop:join' | 'shop:leave' | 'shop:search-history' | 'shop:queue' | 'shop:resolve'>;
}
