import { create } from 'zustand';
import type { DayEndRange, DayEndReport } from '@shared/domain/day-end-report';
import { addDays, calendarDateText, istanbulCalendarDate } from '@shared/domain/istanbul-time';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; report: DayEndReport } | { state: 'failed'; error: AppError };

interface DayEndState {
  range: DayEndRange;
  load: Load;
  /** Reads the report for a range (the newest request wins when the owner clicks quickly). */
  show(range: DayEndRange): Promise<void>;
}

/** Today (or `daysAgo` days before) in Istanbul, as a one-day range. */
export function istanbulDay(now: Date, daysAgo = 0): DayEndRange {
  const day = calendarDateText(addDays(istanbulCalendarDate(now), -daysAgo));
  return { fromDay: day, toDay: day };
}

export const useDayEndStore = create<DayEndState>()((set, get) => ({
  range: istanbulDay(new Date()),
  load: { state: 'idle' },
  async show(range) {
    set({ range, load: { state: 'loading' } });
    const result = await invoke('reports:day-end', range);
    if (get().range !== range) return;
    set({ load: result.ok ? { state: 'ready', report: result.value } : { state: 'failed', error: result.error } });
  },
}));
