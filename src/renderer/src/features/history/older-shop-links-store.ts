import { create } from 'zustand';
import type { LinkSummary } from '@shared/domain/link-record';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';

/** Rows asked of the shop's server per search. */
export const OLDER_LINKS_LIMIT = 50;

interface OlderShopLinksState {
  /** The search these rows answer ('' when none yet). */
  text: string;
  status: 'idle' | 'searching' | 'ready' | 'error';
  rows: LinkSummary[];
  error: AppError | undefined;
  /** Searches the shop's server for links this counter no longer keeps; a newer search wins. */
  search(text: string): Promise<void>;
  clear(): void;
}

let latest = 0;

/** The History search on the shop's server: links older than the 12 months each counter keeps. */
export const useOlderShopLinks = create<OlderShopLinksState>()((set) => ({
  text: '',
  status: 'idle',
  rows: [],
  error: undefined,
  async search(text) {
    const asked = ++latest;
    set({ text, status: 'searching', error: undefined });
    const result = await invoke('shop:search-history', { text, limit: OLDER_LINKS_LIMIT });
    if (asked !== latest) return;
    if (result.ok) set({ status: 'ready', rows: result.value.rows });
    else set({ status: 'error', rows: [], error: result.error });
  },
  clear() {
    latest++;
    set({ text: '', status: 'idle', rows: [], error: undefined });
  },
}));

/** Whether the History search should also look on the shop's server (a counter in a shop, two letters typed). */
export function searchesOlderLinks(shopState: string, text: string): boolean {
  return shopState !== 'off' && text.trim().length >= 2;
}
