import { create } from 'zustand';
import type { ShopJoin, ShopStatus } from '@shared/domain/shop';
import type { AppError } from '@shared/result';
import { invoke, on } from '../../lib/ipc';

interface ShopState {
  status: ShopStatus;
  /** Listens to `shop:changed` and reads the status once; returns the unsubscribe. */
  watch(): () => void;
  join(input: ShopJoin): Promise<AppError | undefined>;
  leave(): Promise<AppError | undefined>;
}

/** This counter's place in a shop (several counters sharing data), as main reports it. */
export const useShopStore = create<ShopState>()((set) => ({
  status: { state: 'off', pending: 0 },
  watch() {
    void invoke('shop:status').then((result) => result.ok && set({ status: result.value }));
    return on('shop:changed', (status) => set({ status }));
  },
  async join(input) {
    const result = await invoke('shop:join', input);
    if (!result.ok) return result.error;
    set({ status: result.value });
    return undefined;
  },
  async leave() {
    const result = await invoke('shop:leave');
    if (!result.ok) return result.error;
    set({ status: result.value });
    return undefined;
  },
}));
