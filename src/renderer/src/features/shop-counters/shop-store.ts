import { create } from 'zustand';
import type { ShopJoin, ShopPair, ShopPairingCode, ShopStatus } from '@shared/domain/shop';
import type { AppError } from '@shared/result';
import { invoke, on } from '../../lib/ipc';

interface ShopState {
  status: ShopStatus;
  /** Listens to `shop:changed` and reads the status once; returns the unsubscribe. */
  watch(): () => void;
  /** Hands the join (password included) to main and keeps only main's answer: never the password. */
  join(input: ShopJoin): Promise<AppError | undefined>;
  leave(): Promise<AppError | undefined>;
  /** Makes this PC the shop's server and joins it (main asks first), then asks for the first pairing code. */
  host(counterName: string): Promise<AppError | undefined>;
  /** Joins the shop on another PC with a code shown there; the code is not kept, whatever the answer. */
  pair(input: ShopPair): Promise<AppError | undefined>;
  /** On the shop's server PC: the last one-time code handed out (kept while Settings is left and reopened), or why none came. */
  pairing: { code?: ShopPairingCode; asking: boolean; error?: AppError };
  /** Asks main for a new code (`shop:pairing-code`); the one before stays valid until it expires. */
  newPairingCode(): Promise<void>;
}

/** This counter's place in a shop (several counters sharing data), as main reports it. */
export const useShopStore = create<ShopState>()((set, get) => ({
  status: { state: 'off', pending: 0 },
  pairing: { asking: false },
  watch() {
    // An event that lands before the first read is newer than the read's answer: the answer then steps aside.
    let heard = false;
    const off = on('shop:changed', (status) => {
      heard = true;
      set({ status });
    });
    void invoke('shop:status').then((result) => {
      if (result.ok && !heard) set({ status: result.value });
    });
    return off;
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
    set({ status: result.value, pairing: { asking: false } });
    return undefined;
  },
  async host(counterName) {
    const result = await invoke('shop:host', { counterName });
    if (!result.ok) return result.error;
    set({ status: result.value.status });
    await get().newPairingCode();
    return undefined;
  },
  async pair(input) {
    const result = await invoke('shop:pair', input);
    if (!result.ok) return result.error;
    set({ status: result.value });
    return undefined;
  },
  async newPairingCode() {
    set((s) => ({ pairing: { ...s.pairing, asking: true, error: undefined } }));
    const result = await invoke('shop:pairing-code');
    // A failure drops the code shown before: the owner is never left reading one that may not work.
    set({ pairing: result.ok ? { code: result.value, asking: false } : { asking: false, error: result.error } });
  },
}));
