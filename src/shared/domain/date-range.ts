import {
  addDays,
  istanbulCalendarDate,
  istanbulStartOfDay,
  isoWeekday,
  parseCalendarDate,
  type CalendarDate,
} from './istanbul-time';

/** The history screen's date choices; custom dates are Istanbul calendar days (`YYYY-MM-DD`), both inclusive. */
export type DateRangeChoice =
  | { kind: 'all' }
  | { kind: 'today' }
  | { kind: 'week' }
  | { kind: 'month' }
  | { kind: 'custom'; fromDate?: string; toDate?: string };

/** Inclusive instants for a history filter; absent means open-ended. */
export interface InstantBounds {
  from?: string;
  to?: string;
}

export type DateRangeResult = { ok: true; bounds: InstantBounds } | { ok: false; problem: 'bad-date' | 'from-after-to' };

/**
 * Turns "today / this week / this month / custom" into the from/to instants of `history:query`,
 * in Istanbul days whatever the computer's time zone: a day runs from 00:00 to 23:59:59.999 in
 * Turkey, weeks start on Monday, months on the 1st.
 */
export function dateRangeBounds(choice: DateRangeChoice, now: Date): DateRangeResult {
  const today = istanbulCalendarDate(now);
  switch (choice.kind) {
    case 'all':
      return { ok: true, bounds: {} };
    case 'today':
      return { ok: true, bounds: daySpan(today, today) };
    case 'week': {
      const monday = addDays(today, 1 - isoWeekday(today));
      return { ok: true, bounds: daySpan(monday, addDays(monday, 6)) };
    }
    case 'month': {
      const first = { ...today, day: 1 };
      const last = addDays({ year: first.month === 12 ? first.year + 1 : first.year, month: (first.month % 12) + 1, day: 1 }, -1);
      return { ok: true, bounds: daySpan(first, last) };
    }
    case 'custom':
      return customBounds(choice.fromDate, choice.toDate);
  }
}

function customBounds(fromText: string | undefined, toText: string | undefined): DateRangeResult {
  const from = fromText ? parseCalendarDate(fromText) : undefined;
  const to = toText ? parseCalendarDate(toText) : undefined;
  if (from === null || to === null) return { ok: false, problem: 'bad-date' };
  if (from && to && istanbulStartOfDay(from) > istanbulStartOfDay(to)) return { ok: false, problem: 'from-after-to' };
  const bounds: InstantBounds = {};
  if (from) bounds.from = istanbulStartOfDay(from).toISOString();
  if (to) bounds.to = endOfDay(to).toISOString();
  return { ok: true, bounds };
}

function daySpan(first: CalendarDate, last: CalendarDate): InstantBounds {
  return { from: istanbulStartOfDay(first).toISOString(), to: endOfDay(last).toISOString() };
}

/** The last millisecond of an Istanbul day (the filter's bounds are inclusive). */
function endOfDay(date: CalendarDate): Date {
  return new Date(istanbulStartOfDay(addDays(date, 1)).getTime() - 1);
}
