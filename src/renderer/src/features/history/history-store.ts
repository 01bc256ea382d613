import { create } from 'zustand';
import type { HistoryFilter, HistoryTotals, LinkSummary } from '@shared/domain/link-record';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { emptyFilterState, toHistoryFilter, type FilterState } from './history-filter-model';

/** Rows per `history:query` call; the list asks for pages as the user scrolls, never the whole set. */
export const HISTORY_PAGE_SIZE = 100;

interface HistoryState {
  controls: FilterState;
  /** The filter of the current list (null while the controls hold an impossible date range). */
  filter: HistoryFilter | null;
  filterProblem: 'bad-date' | 'from-after-to' | undefined;
  /** Bumped when the list is rebuilt for a new filter; answers for an older generation are dropped. */
  generation: number;
  /** Bumped only for a new filter (the list then scrolls back to the top); live updates keep it. */
  filterVersion: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: AppError | undefined;
  total: number;
  totals: HistoryTotals | undefined;
  pages: Record<number, LinkSummary[]>;
  /** The last rows the list showed, so a live update re-reads what is on screen. */
  visible: { first: number; last: number };
  setControls(patch: Partial<FilterState>): void;
  reload(): Promise<void>;
  ensureRows(first: number, last: number): void;
  /** `history:changed`: re-read the pages on screen (and the totals) without emptying the list. */
  changed(): void;
  /** The screen opens: the first load, or a fresh read of what is already shown (rows stay meanwhile). */
  show(): void;
}

const inFlight = new Set<string>();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

export const useHistoryStore = create<HistoryState>()((set, get) => {
  async function fetchPage(page: number, generation: number, filter: HistoryFilter): Promise<void> {
    const key = `${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const result = await invoke('history:query', { filter, offset: page * HISTORY_PAGE_SIZE, limit: HISTORY_PAGE_SIZE });
    inFlight.delete(key);
    if (get().generation !== generation) return;
    if (!result.ok) {
      set({ status: 'error', error: result.error });
      return;
    }
    const { total, rows, totals } = result.value;
    set((s) => ({ status: 'ready', error: undefined, total, totals, pages: { ...s.pages, [page]: rows } }));
  }

  function pagesOf(first: number, last: number): number[] {
    const from = Math.max(0, Math.floor(first / HISTORY_PAGE_SIZE));
    const to = Math.max(from, Math.floor(Math.max(first, last) / HISTORY_PAGE_SIZE));
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }

  return {
    controls: emptyFilterState,
    filter: {},
    filterProblem: undefined,
    generation: 0,
    filterVersion: 0,
    status: 'idle',
    error: undefined,
    total: 0,
    totals: undefined,
    pages: {},
    visible: { first: 0, last: 0 },

    setControls(patch) {
      set((s) => ({ controls: { ...s.controls, ...patch } }));
      void get().reload();
    },

    async reload() {
      const built = toHistoryFilter(get().controls, new Date());
      const generation = get().generation + 1;
      const filterVersion = get().filterVersion + 1;
      if (!built.ok) {
        set({ generation, filterVersion, filter: null, filterProblem: built.problem, pages: {}, total: 0, totals: undefined, status: 'ready' });
        return;
      }
      set({ generation, filterVersion, filter: built.filter, filterProblem: undefined, pages: {}, visible: { first: 0, last: 0 } });
      if (get().status !== 'ready') set({ status: 'loading' });
      await fetchPage(0, generation, built.filter);
    },

    ensureRows(first, last) {
      const { generation, filter, pages, total } = get();
      set({ visible: { first, last } });
      if (!filter || total === 0) return;
      for (const page of pagesOf(first, Math.min(last, total - 1))) {
        if (!pages[page]) void fetchPage(page, generation, filter);
      }
    },

    changed() {
      if (get().status === 'idle' || refreshTimer) return;
      // Bursts (a poller settling many links) become one re-read.
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        refresh();
      }, 150);
    },

    show() {
      if (get().status === 'idle' || get().status === 'error') return void get().reload();
      // The list opens scrolled to the top again.
      set({ visible: { first: 0, last: 0 } });
      refresh();
    },
  };

  /** Re-reads the pages on screen; old rows stay until the fresh ones arrive, pages off screen are dropped. */
  function refresh(): void {
    const { controls, visible } = get();
    const built = toHistoryFilter(controls, new Date());
    if (!built.ok) return;
    const generation = get().generation + 1;
    const keep = pagesOf(visible.first, visible.last);
    set((s) => ({
      generation,
      filter: built.filter,
      pages: Object.fromEntries(keep.filter((p) => s.pages[p]).map((p) => [p, s.pages[p]!])),
    }));
    for (const page of keep) void fetchPage(page, generation, built.filter);
  }

});

/** The row at an index, if its page has arrived. */
export function rowAt(pages: Record<number, LinkSummary[]>, index: number): LinkSummary | undefined {
  return pages[Math.floor(index / HISTORY_PAGE_SIZE)]?.[index % HISTORY_PAGE_SIZE];
}
