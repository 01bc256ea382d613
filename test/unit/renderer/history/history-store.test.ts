import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryFilter, LinkSummary } from '../../../../src/shared/domain/link-record';
import { HISTORY_PAGE_SIZE, rowAt, useHistoryStore } from '../../../../src/renderer/src/features/history/history-store';

interface Call {
  filter: HistoryFilter;
  offset: number;
  limit: number;
}

/** A fake `window.paydesk` answering `history:query` from a list, with answers released by hand. */
function fakeBridge(count: number) {
  const calls: Call[] = [];
  const waiting: (() => void)[] = [];
  let hold = false;
  const rows = (offset: number, limit: number) =>
    Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => ({ reference: `PD${String(offset + i).padStart(12, '0')}` }) as LinkSummary);
  const bridge = {
    invoke: async (channel: string, input: Call) => {
      if (channel !== 'history:query') return { ok: false, error: { code: 'unsupported', message: channel, retryable: false } };
      calls.push(input);
      if (hold) await new Promise<void>((resolve) => waiting.push(resolve));
      return { ok: true, value: { total: count, rows: rows(input.offset, input.limit), totals: { count, byCurrency: {}, byOutcome: {}, byProvider: {} } } };
    },
    on: () => () => undefined,
  };
  return {
    bridge,
    calls,
    holdAnswers: () => void (hold = true),
    release: () => waiting.splice(0).forEach((go) => go()),
  };
}

const initial = useHistoryStore.getState();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let fake: ReturnType<typeof fakeBridge>;

beforeEach(() => {
  fake = fakeBridge(100_000);
  (globalThis as unknown as { window: unknown }).window = { paydesk: fake.bridge };
  useHistoryStore.setState(initial, true);
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as unknown as { window?: unknown }).window;
});

describe('history store', () => {
  it('asks for one page first, then only the pages that scroll into view', async () => {
    await useHistoryStore.getState().reload();
    expect(fake.calls).toEqual([{ filter: {}, offset: 0, limit: HISTORY_PAGE_SIZE }]);
    expect(useHistoryStore.getState().total).toBe(100_000);

    useHistoryStore.getState().ensureRows(0, 20); // already there
    useHistoryStore.getState().ensureRows(50_190, 50_215); // straddles two pages
    await settle();
    expect(fake.calls.slice(1).map((c) => c.offset)).toEqual([50_100, 50_200]);
    const { pages } = useHistoryStore.getState();
    expect(Object.keys(pages).map(Number).sort((a, b) => a - b)).toEqual([0, 501, 502]);
    expect(rowAt(pages, 50_199)?.reference).toBe('PD000000050199');
    expect(rowAt(pages, 1_000)).toBeUndefined();
    // Every call is one bounded page: never the whole history.
    expect(fake.calls.every((c) => c.limit <= HISTORY_PAGE_SIZE)).toBe(true);
  });

  it('does not ask twice for a page already on its way', async () => {
    await useHistoryStore.getState().reload();
    fake.holdAnswers();
    useHistoryStore.getState().ensureRows(300, 310);
    useHistoryStore.getState().ensureRows(300, 310);
    useHistoryStore.getState().ensureRows(305, 315);
    fake.release();
    await settle();
    expect(fake.calls.filter((c) => c.offset === 300)).toHaveLength(1);
  });

  it('drops answers for an older filter', async () => {
    await useHistoryStore.getState().reload();
    fake.holdAnswers();
    useHistoryStore.getState().ensureRows(900, 910); // asked under the old filter
    useHistoryStore.getState().setControls({ provider: 'paynet' });
    fake.release();
    await settle();
    fake.release();
    await settle();
    const state = useHistoryStore.getState();
    expect(state.filter).toEqual({ providers: ['paynet'] });
    expect(Object.keys(state.pages)).toEqual(['0']);
    expect(fake.calls.at(-1)).toEqual({ filter: { providers: ['paynet'] }, offset: 0, limit: HISTORY_PAGE_SIZE });
  });

  it('reports an impossible date range instead of querying', async () => {
    await useHistoryStore.getState().reload();
    const before = fake.calls.length;
    useHistoryStore.getState().setControls({ range: 'custom', fromDate: '2026-11-10', toDate: '2026-11-01' });
    await settle();
    expect(fake.calls.length).toBe(before);
    expect(useHistoryStore.getState()).toMatchObject({ filter: null, filterProblem: 'from-after-to', total: 0 });
  });

  it('re-reads only the pages on screen after a burst of live changes, keeping the rows meanwhile', async () => {
    vi.useFakeTimers();
    await useHistoryStore.getState().reload();
    useHistoryStore.getState().ensureRows(400, 420);
    await vi.runAllTimersAsync();
    const before = fake.calls.length;
    for (let i = 0; i < 25; i++) useHistoryStore.getState().changed();
    expect(useHistoryStore.getState().pages[4]).toBeDefined();
    await vi.runAllTimersAsync();
    expect(fake.calls.slice(before).map((c) => c.offset)).toEqual([400]);
    expect(Object.keys(useHistoryStore.getState().pages)).toEqual(['4']);
  });
});
