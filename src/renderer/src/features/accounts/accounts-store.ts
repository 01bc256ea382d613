import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '@shared/contract';
import type { AccountView } from '@shared/domain/account';
import type { AppError, Result, UserText } from '@shared/result';
import { invoke } from '../../lib/ipc';

export type TestState =
  | { state: 'running' }
  | { state: 'ok'; detail: UserText; checkedAt: string }
  | { state: 'failed'; error: AppError };

interface AccountsState {
  views: AccountView[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: AppError | undefined;
  tests: Record<string, TestState>;
  load(): Promise<void>;
  create(input: ChannelInput<'accounts:create'>): Promise<Result<ChannelOutput<'accounts:create'>>>;
  update(input: ChannelInput<'accounts:update'>): Promise<Result<ChannelOutput<'accounts:update'>>>;
  remove(id: string): Promise<Result<ChannelOutput<'accounts:remove'>>>;
  test(id: string): Promise<void>;
}

export const useAccountsStore = create<AccountsState>()((set, get) => ({
  views: [],
  status: 'idle',
  loadError: undefined,
  tests: {},
  async load() {
    if (get().status === 'idle') set({ status: 'loading' });
    const result = await invoke('accounts:list');
    if (result.ok) set({ views: result.value, status: 'ready', loadError: undefined });
    else set({ status: 'error', loadError: result.error });
  },
  async create(input) {
    const result = await invoke('accounts:create', input);
    if (result.ok) await get().load();
    return result;
  },
  async update(input) {
    const result = await invoke('accounts:update', input);
    if (result.ok) {
      // A changed account makes an earlier test result stale.
      set((s) => ({ tests: withoutKey(s.tests, input.id) }));
      await get().load();
    }
    return result;
  },
  async remove(id) {
    const result = await invoke('accounts:remove', { id });
    if (result.ok) {
      set((s) => ({ tests: withoutKey(s.tests, id) }));
      await get().load();
    }
    return result;
  },
  async test(id) {
    set((s) => ({ tests: { ...s.tests, [id]: { state: 'running' } } }));
    const result = await invoke('accounts:test', { id });
    const next: TestState = result.ok
      ? { state: 'ok', detail: result.value.detail, checkedAt: result.value.checkedAt }
      : { state: 'failed', error: result.error };
    set((s) => ({ tests: { ...s.tests, [id]: next } }));
  },
}));

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
