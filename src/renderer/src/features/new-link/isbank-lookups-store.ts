import { create } from 'zustand';
import type { IsbankBranch, IsbankInstallment, IsbankMerchant } from '@shared/domain/isbank-paybylink';
import type { AppError, Result } from '@shared/result';
import { invoke } from '../../lib/ipc';

export type Lookup<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: AppError };

interface IsbankLookupsState {
  merchants: Record<string, Lookup<IsbankMerchant[]>>;
  branches: Record<string, Lookup<IsbankBranch[]>>;
  installments: Record<string, Lookup<IsbankInstallment[]>>;
  loadMerchants(accountId: string, again?: boolean): void;
  loadBranches(accountId: string, merchantNo: string, again?: boolean): void;
  loadInstallments(accountId: string, merchantNo: string, branchNo: number, isDomestic: boolean, again?: boolean): void;
}

export const branchesKey = (accountId: string, merchantNo: string) => `${accountId}|${merchantNo}`;
export const installmentsKey = (accountId: string, merchantNo: string, branchNo: number, isDomestic: boolean) =>
  `${accountId}|${merchantNo}|${branchNo}|${isDomestic ? 'domestic' : 'foreign'}`;

type Table = 'merchants' | 'branches' | 'installments';

/**
 * İşbank PayByLink look-ups for the link form, asked once per account / merchant / branch and
 * kept for the session (they change rarely); a failed one can be asked again.
 */
export const useIsbankLookups = create<IsbankLookupsState>()((set, get) => {
  function load<T>(table: Table, key: string, again: boolean, call: () => Promise<Result<T>>) {
    const current = (get()[table] as Record<string, Lookup<unknown>>)[key];
    if (current && !(again && current.state === 'failed')) return;
    set((s) => ({ [table]: { ...s[table], [key]: { state: 'loading' } } }) as Partial<IsbankLookupsState>);
    void call().then((result) => {
      const next: Lookup<T> = result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error };
      set((s) => ({ [table]: { ...s[table], [key]: next } }) as Partial<IsbankLookupsState>);
    });
  }
  return {
    merchants: {},
    branches: {},
    installments: {},
    loadMerchants(accountId, again = false) {
      load('merchants', accountId, again, () => invoke('isbank:merchants', { accountId }));
    },
    loadBranches(accountId, merchantNo, again = false) {
      load('branches', branchesKey(accountId, merchantNo), again, () => invoke('isbank:branches', { accountId, merchantNo }));
    },
    loadInstallments(accountId, merchantNo, branchNo, isDomestic, again = false) {
      load('installments', installmentsKey(accountId, merchantNo, branchNo, isDomestic), again, () =>
        invoke('isbank:installments', { accountId, merchantNo, branchNo, currency: 'TRY', isDomestic }),
      );
    },
  };
});
