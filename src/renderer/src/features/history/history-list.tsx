import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../lib/use-i18n';
import { HistoryRow } from './history-row';
import { rowAt, useHistoryStore } from './history-store';
import { useLinkDetailStore } from './link-detail-store';

/** Fixed row height keeps the virtualiser exact without measuring 100,000 rows. */
export const HISTORY_ROW_HEIGHT = 68;
const OVERSCAN = 6;

/**
 * The filtered history as a virtualised list: only the rows in view (plus a few) are in the DOM,
 * and their pages are fetched from main as they scroll into view.
 */
export function HistoryList() {
  const { t } = useI18n();
  const total = useHistoryStore((s) => s.total);
  const pages = useHistoryStore((s) => s.pages);
  const filterVersion = useHistoryStore((s) => s.filterVersion);
  const ensureRows = useHistoryStore((s) => s.ensureRows);
  const searchText = useHistoryStore((s) => s.filter?.text ?? '');
  const selected = useLinkDetailStore((s) => s.reference);
  const select = useLinkDetailStore((s) => s.open);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => HISTORY_ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRows(first, last);
  }, [first, last, total, ensureRows, pages]);

  // After every render: a row the keyboard moved to may just have arrived.
  useEffect(() => {
    if (pendingFocus.current !== null) focusPending();
  });

  // A new search or filter starts at the top of its results.
  useEffect(() => {
    pendingFocus.current = null;
    virtualizer.scrollToOffset(0);
  }, [filterVersion, virtualizer]);

  /** Arrow keys, Home and End move between rows, scrolling rows into the DOM as needed. */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    // Keys pressed faster than focus moves (key repeat) count from the row already being moved to.
    const current = pendingFocus.current ?? Number(target.closest<HTMLElement>('[data-index]')?.dataset.index ?? NaN);
    if (Number.isNaN(current)) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + 8,
      PageUp: current - 8,
      Home: 0,
      End: total - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(total - 1, next));
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusRow(index);
  }

  /** Focus goes to the row once its button is rendered (its page may still be on its way). */
  function focusRow(index: number) {
    pendingFocus.current = index;
    requestAnimationFrame(focusPending);
  }

  function focusPending() {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(`button[data-index="${index}"]`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  }

  return (
    <div
      ref={scrollRef}
      className="history-scroll"
      onKeyDown={onKeyDown}
      data-testid="history-scroll"
      // Busy while rows in view are still on their way (tests wait on this and data-search).
      aria-busy={items.some((item) => !rowAt(pages, item.index))}
      data-search={searchText}
    >
      <ul
        className="history-rows"
        aria-label={t('history.list.label')}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        {items.map((item) => {
          const summary = rowAt(pages, item.index);
          return (
            <li
              key={summary?.reference ?? `loading-${item.index}`}
              className="history-row"
              data-testid="history-row"
              aria-setsize={total}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: `${HISTORY_ROW_HEIGHT}px` }}
            >
              {summary ? (
                <HistoryRow
                  summary={summary}
                  index={item.index}
                  selected={summary.reference === selected}
                  onSelect={(reference) => select(reference)}
                />
              ) : (
                <span className="history-row-loading" data-index={item.index}>
                  {t('history.list.loadingRow')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
