/**
 * The calendar date (`YYYY-MM-DD`) of an instant in Turkey, whatever the computer's own time
 * zone is. Providers that take a date (Ödüyo `expire_time`) mean a Turkish date.
 */
const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Istanbul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function istanbulDate(instant: Date): string {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
