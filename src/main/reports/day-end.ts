import { buildDayEndReport, dayEndInstants, type DayEndRange, type DayEndReport } from '@shared/domain/day-end-report';
import type { HistoryStore } from '../store/history/history-store';

/**
 * The day-end report from history: the links made in the range are a slice of the index (it is
 * ordered by creation time), and only their segments are read.
 */
export async function dayEndReport(history: Pick<HistoryStore, 'loadMatching'>, range: DayEndRange): Promise<DayEndReport> {
  const { from, until } = dayEndInstants(range);
  // The filter's `to` is inclusive: the last millisecond before the next Istanbul midnight.
  const records = await history.loadMatching({ from: from.toISOString(), to: new Date(until.getTime() - 1).toISOString() });
  return buildDayEndReport(range, records);
}
