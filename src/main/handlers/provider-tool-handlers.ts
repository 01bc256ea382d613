import type { HandlerTable } from '../../shared/contract';
import { AppFailure, type Result } from '../../shared/result';
import type { OpenedAccount, AccountContexts } from '../accounts/account-context';
import { isIsbankAdapter, type IsbankAdapter } from '../providers/isbank/isbank-adapter';
import { isOduyoAdapter, type OduyoAdapter } from '../providers/oduyo/oduyo-adapter';

type Opened<A> = OpenedAccount & { adapter: A };

/** Provider-specific helpers of the link form: Ödüyo customer accounts, İşbank look-ups and service forms. */
export function providerToolHandlers(contexts: AccountContexts) {
  const openAs = async <A>(accountId: string, is: (a: unknown) => a is A, provider: string): Promise<Opened<A>> => {
    const opened = await contexts.open(accountId);
    if (!is(opened.adapter)) throw AppFailure.of('unsupported', `This account is not a ${provider} account`, { field: 'accountId' });
    return opened as Opened<A>;
  };
  const oduyo = (id: string) => openAs<OduyoAdapter>(id, isOduyoAdapter as (a: unknown) => a is OduyoAdapter, 'Ödüyo');
  const isbank = (id: string) => openAs<IsbankAdapter>(id, isIsbankAdapter as (a: unknown) => a is IsbankAdapter, 'İşbank');
  const unwrap = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
    const settled = await result;
    if (!settled.ok) throw new AppFailure(settled.error);
    return settled;
  };
  return {
    'oduyo-customers:list': async ({ accountId, query }) => {
      const { adapter, context } = await oduyo(accountId);
      return unwrap(adapter.listCustomers(context as never, query));
    },
    'oduyo-customers:create': async ({ accountId, draft }) => {
      const { adapter, context } = await oduyo(accountId);
      return unwrap(adapter.createCustomer(context as never, draft));
    },
    'isbank:merchants': async ({ accountId }) => {
      const { adapter, context } = await isbank(accountId);
      return unwrap(adapter.merchants(context as never));
    },
    'isbank:branches': async ({ accountId, merchantNo }) => {
      const { adapter, context } = await isbank(accountId);
      return unwrap(adapter.branches(context as never, merchantNo));
    },
    'isbank:currencies': async ({ accountId, merchantNo, isDomestic }) => {
      const { adapter, context } = await isbank(accountId);
      return unwrap(adapter.currencies(context as never, merchantNo, isDomestic));
    },
    'isbank:installments': async ({ accountId, ...query }) => {
      const { adapter, context } = await isbank(accountId);
      return unwrap(adapter.installments(context as never, query));
    },
    'isbank-services:get': async ({ accountId, serviceId }) => {
      const { adapter, context } = await isbank(accountId);
      return unwrap(adapter.serviceSpec(context as never, serviceId));
    },
  } satisfies Pick<
    HandlerTable,
    | 'oduyo-customers:list'
    | 'oduyo-customers:create'
    | 'isbank:merchants'
    | 'isbank:branches'
    | 'isbank:currencies'
    | 'isbank:installments'
    | 'isbank-services:get'
  >;
}
