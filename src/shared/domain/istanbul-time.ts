/**
 * Wall-clock time in Turkey (Europe/Istanbul), whatever the computer's own time zone is. The shop
 * thinks in Turkish days: "today", dates on screen and in exports all mean Istanbul time.
 */
export const ISTANBUL_TIME_ZONE = 'Europe/Istanbul';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ISTANBUL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Istanbul calendar date and clock time of an instant. */
export function istanbulWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The Istanbul calendar date of an instant as `YYYY-MM-DD` (providers that take a date mean a Turkish one). */
export function istanbulDate(instant: Date): string {
  return calendarDateText(istanbulCalendarDate(instant));
}

/**
 * `YYYY-MM-DD HH:MM:SS` in Istanbul time (PayTR's `expiry_date` form and the custom expiry input's
 * fields); null when the instant is not a date or its year has no four-digit form.
 */
export function istanbulDateTimeText(instant: Date): string | null {
  if (Number.isNaN(instant.getTime())) return null;
  const w = istanbulWallTime(instant);
  if (w.year < 1 || w.year > 9999) return null;
  return `${w.year.toString().padStart(4, '0')}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** The instant Istanbul's clocks show that wall time; null when a field is out of range (31 February). */
export function instantOfIstanbulWallTime(wall: WallTime): Date | null {
  const { year, month, day, hour, minute, second } = wall;
  if (!parseCalendarDate(calendarDateText({ year, month, day }))) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const start = istanbulStartOfDay({ year, month, day });
  return new Date(start.getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
}

/** The last second of the Istanbul calendar day an instant falls on. */
export function endOfIstanbulDay(instant: Date): Date {
  const next = istanbulStartOfDay(addDays(istanbulCalendarDate(instant), 1));
  return new Date(next.getTime() - 1000);
}

/** Minutes Istanbul is ahead of UTC at that instant (+180 since 2016; computed, not assumed). */
export function istanbulOffsetMinutes(instant: Date): number {
  const w = istanbulWallTime(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** A calendar date as `YYYY-MM-DD`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseCalendarDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function calendarDateText(date: CalendarDate): string {
  return `${date.year.toString().padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** The date `days` later (or earlier) on the calendar; months and years roll over. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday (weeks start on Monday in Turkey). */
export function isoWeekday(date: CalendarDate): number {
  const sundayZero = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** The instant Istanbul's clocks show 00:00 on that date. */
export function istanbulStartOfDay(date: CalendarDate): Date {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day);
  // Two passes: the offset at the guess may differ from the offset at midnight across a clock change.
  let guess = wallAsUtc - istanbulOffsetMinutes(new Date(wallAsUtc)) * 60_000;
  guess = wallAsUtc - istanbulOffsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

export function istanbulCalendarDate(instant: Date): CalendarDate {
  const { year, month, day } = istanbulWallTime(instant);
  return { year, month, day };
}

/** `22.11.2026 14:05` in Istanbul time; an unreadable instant gives an empty string. */
export function formatIstanbulDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '';
  const w = istanbulWallTime(date);
  return `${pad(w.day)}.${pad(w.month)}.${w.year} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** `14:05` in Istanbul time (24-hour clock, as Turkish clocks read); an unreadable instant gives an empty string. */
export function formatIstanbulTime(instant: string | Date): string {
  return formatIstanbulDateTime(instant).slice(11);
}

/** Whether two instants fall on the same Istanbul calendar day. */
export function sameIstanbulDay(a: string | Date, b: string | Date): boolean {
  const day = formatIstanbulDate(a);
  return day !== '' && day === formatIstanbulDate(b);
}

/** `22.11.2026` in Istanbul time. */
export function formatIstanbulDate(instant: string | Date): string {
  return formatIstanbulDateTime(instant).slice(0, 10);
}

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}
