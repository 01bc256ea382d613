import type { HandlerTable } from '@shared/contract';
import { issuesToError } from '@shared/domain/validation';
import { DEFAULT_AMOUNT_LIMIT_MINOR, shopLimitIssues } from '@shared/rules/amount-rules';
import { AppFailure, ok } from '@shared/result';
import type { LinkService } from '../links/link-service';

export interface LinkHandlerDeps {
  /** The shop's upper amount (Settings); absent = the default. */
  amountLimitMinor: () => number | undefined;
}

/** Creating links, provider sends and İşbank service payments: all through the one link service. */
export function linkHandlers(links: LinkService, deps: LinkHandlerDeps) {
  return {
    'links:create': async ({ accountId, request, mode, amountConfirmed }) => {
      // The confirmation is a UI step, but an amount above the limit without it never goes out.
      const limit = deps.amountLimitMinor() ?? DEFAULT_AMOUNT_LIMIT_MINOR;
      const refused = issuesToError(shopLimitIssues(Math.max(request.amount.minor, request.maxAmountMinor ?? 0), limit, amountConfirmed === true));
      if (refused) throw new AppFailure(refused);
      return ok(await links.create(accountId, request, mode));
    },
    'links:send': async ({ reference, channel, to }) => ok(await links.send(reference, channel, to)),
    'isbank-services:pay': async ({ accountId, reference, serviceId, values, amount }) =>
      ok(await links.payService(accountId, reference, serviceId, values, amount)),
  } satisfies Pick<HandlerTable, 'links:create' | 'links:send' | 'isbank-services:pay'>;
}
