import type { HandlerTable } from '../../shared/contract';
import { ok } from '../../shared/result';
import type { LinkService } from '../links/link-service';

/** Creating links, provider sends and İşbank service payments: all through the one link service. */
export function linkHandlers(links: LinkService) {
  return {
    'links:create': async ({ accountId, request, mode }) => ok(await links.create(accountId, request, mode)),
    'links:send': async ({ reference, channel, to }) => ok(await links.send(reference, channel, to)),
    'isbank-services:pay': async ({ accountId, reference, serviceId, values, amount }) =>
      ok(await links.payService(accountId, reference, serviceId, values, amount)),
  } satisfies Pick<HandlerTable, 'links:create' | 'links:send' | 'isbank-services:pay'>;
}
