import { dateRangeBounds, type DateRangeChoice } from '@shared/domain/date-range';
import type { LinkStatus } from '@shared/domain/link';
import type { HistoryFilter } from '@shared/domain/link-record';
import type { ProviderId } from '@shared/domain/provider-id';

export type RangeKind = DateRangeChoice['kind'];
export const rangeKinds: readonly RangeKind[] = ['all', 'today', 'week', 'month', 'custom'];

/** What the filter controls hold; '' means "all". Dates are `YYYY-MM-DD` from date inputs. */
export interface FilterState {
  text: string;
  accountId: string;
  provider: ProviderId | '';
  status: LinkStatus | '';
  range: RangeKind;
  fromDate: string;
  toDate: string;
}

export const emptyFilterState: FilterState = {
  text: '',
  accountId: '',
  provider: '',
  status: '',
  range: 'all',
  fromDate: '',
  toDate: '',
};

/** The end-of-day view: today's links, nothing else narrowed. */
export const todayFilterState: FilterState = { ...emptyFilterState, range: 'today' };

export type FilterResult = { ok: true; filter: HistoryFilter } | { ok: false; problem: 'bad-date' | 'from-after-to' };

/**
 * The `history:query` filter for what the controls say, with "today / this week …" turned into
 * Istanbul instants at `now` (so a screen left open past midnight moves on at its next query).
 */
export function toHistoryFilter(state: FilterState, now: Date): FilterResult {
  const choice: DateRangeChoice =
    state.range === 'custom'
      ? { kind: 'custom', ...(state.fromDate ? { fromDate: state.fromDate } : {}), ...(state.toDate ? { toDate: state.toDate } : {}) }
      : { kind: state.range };
  const range = dateRangeBounds(choice, now);
  if (!range.ok) return range;
  const filter: HistoryFilter = { ...range.bounds };
  const text = state.text.trim().slice(0, 200);
  if (text) filter.text = text;
  if (state.accountId) filter.accountIds = [state.accountId];
  if (state.provider) filter.providers = [state.provider];
  if (state.status) filter.statuses = [state.status];
  return { ok: true, filter };
}

/** True when anything narrows the list (the empty state then says "no match", not "no links yet"). */
export function isFiltered(state: FilterState): boolean {
  return (
    state.text.trim() !== '' ||
    state.accountId !== '' ||
    state.provider !== '' ||
    state.status !== '' ||
    state.range !== 'all'
  );
}
