import { createCore } from '../../src/main/core';
import { addDays, calendarDateText, istanbulCalendarDate } from '../../src/shared/domain/istanbul-time';
import { writeGeneratedHistory } from '../support/history-generator';
import { makeTempDir } from '../support/temp-dir';
import { memoryVault } from './bench-kit';
import { fmt, summarize } from './stats';

const LINKS = 100_000;
const now = new Date();

/**
 * Gün sonu at 100,000 links, through the core as the window calls it: one day (today, then 60
 * other days, each read from its segments on disk the first time) and a whole month.
 */
export async function benchDayEnd(): Promise<void> {
  const temp = await makeTempDir('paydesk-bench-day-end-');
  try {
    await writeGeneratedHistory(temp.dir, LINKS, { now });
    const core = await createCore({ dataDir: temp.dir, vault: memoryVault(), clock: { now: () => now }, statusPolling: false });
    const today = istanbulCalendarDate(now);
    const report = async (fromDay: string, toDay = fromDay) => {
      const started = performance.now();
      const result = await core.invoke('reports:day-end', { fromDay, toDay });
      if (!result.ok) throw new Error(result.error.message);
      return { ms: performance.now() - started, made: (result.value as { made: { count: number } }).made.count };
    };
    const first = await report(calendarDateText(today));
    const days: number[] = [];
    let links = 0;
    for (let i = 1; i <= 60; i++) {
      const one = await report(calendarDateText(addDays(today, -i * 5)));
      days.push(one.ms);
      links += one.made;
    }
    const day = summarize(days);
    console.log(
      `day-end report, one day (100k links)  today ${fmt(first.ms)} (${first.made} links)  other days p50 ${fmt(day.p50)}  p95 ${fmt(day.p95)}  ` +
        `max ${fmt(day.max)}  (n=${day.n}, ~${Math.round(links / day.n)} links a day, target ≤ 200 ms)`,
    );
    const month = await report(calendarDateText(addDays(today, -30)), calendarDateText(today));
    console.log(`day-end report, last 31 days          ${fmt(month.ms)} (${month.made.toLocaleString('en')} links)`);
    await core.stop();
  } finally {
    await temp.cleanup();
  }
}
