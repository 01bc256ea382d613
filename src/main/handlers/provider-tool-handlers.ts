import type { HandlerTable } from '@shared/contract';
import { AppFailure, type Result } from '@shared/result';
import type { AccountContexts } from '../accounts/account-context';
import type { IsbankCalls, OduyoCustomerCalls } from '../providers/provider';

/** Provider-specific helpers of the link form: Ödüyo customer accounts, İşbank look-ups and service forms. */
export function providerToolHandlers(contexts: AccountContexts) {
  const notA = (provider: string) => AppFailure.of('unsupported', `This account is not a ${provider} account`, { field: 'accountId' });
  const oduyo = async (accountId: string): Promise<OduyoCustomerCalls> => {
    const calls = (await contexts.open(accountId)).provider.oduyoCustomers;
    if (!calls) throw notA('Ödüyo');
    return calls;
  };
  const isbank = async (accountId: string): Promise<IsbankCalls> => {
    const calls = (await contexts.open(accountId)).provider.isbank;
    if (!calls) throw notA('İşbank');
    return calls;
  };
  const unwrap = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
    const settled = await result;
    if (!settled.ok) throw new AppFailure(settled.error);
    return settled;
  };
  return {
    'oduyo-customers:list': async ({ accountId, query }) => unwrap((await oduyo(accountId)).list(query)),
    'oduyo-customers:create': async ({ accountId, draft }) => unwrap((await oduyo(accountId)).create(draft)),
    'isbank:merchants': async ({ accountId }) => unwrap((await isbank(accountId)).merchants()),
    'isbank:branches': async ({ accountId, merchantNo }) => unwrap((await isbank(accountId)).branches(merchantNo)),
    'isbank:currencies': async ({ accountId, merchantNo, isDomestic }) => unwrap((await isbank(accountId)).currencies(merchantNo, isDomestic)),
    'isbank:installments': async ({ accountId, ...query }) => unwrap((await isbank(accountId)).installments(query)),
    'isbank-services:get': async ({ accountId, serviceId }) => unwrap((await isbank(accountId)).serviceSpec(serviceId)),
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
