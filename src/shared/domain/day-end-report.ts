import { z } from 'zod';
import { accountIdSchema } from './account';
import { addDays, istanbulStartOfDay, parseCalendarDate } from './istanbul-time';
import { linkReferenceSchema, type LinkStatus } from './link';
import type { LinkRecord } from './link-record';
import { currencies, currencySchema, moneySchema, type Currency } from './money';
import { providerIdSchema, providerIds, type ProviderId } from './provider-id';

/** The longest range one report covers (a year and a day, so "last year" fits with a leap day). */
export const DAY_END_MAX_DAYS = 366;

const calendarDay = z.string().refine((text) => parseCalendarDate(text) !== null, 'A date as YYYY-MM-DD');

/** Which Istanbul calendar days a report covers, both included (`YYYY-MM-DD`). */
export interface DayEndRange {
  fromDay: string;
  toDay: string;
}

export const dayEndRangeSchema: z.ZodType<DayEndRange> = z
  .strictObject({ fromDay: calendarDay, toDay: calendarDay })
  // A date that does not parse is already reported by its own field.
  .refine(({ fromDay, toDay }) => !bothDays({ fromDay, toDay }) || fromDay <= toDay, { path: ['toDay'], message: 'The range ends before it starts' })
  .refine(({ fromDay, toDay }) => !bothDays({ fromDay, toDay }) || dayEndInstants({ fromDay, toDay }).days <= DAY_END_MAX_DAYS, {
    path: ['toDay'],
    message: `At most ${DAY_END_MAX_DAYS} days`,
  });

function bothDays(range: DayEndRange): boolean {
  return parseCalendarDate(range.fromDay) !== null && parseCalendarDate(range.toDay) !== null;
}

/** How the owner reads a link at closing time; `failed` / `unknown` records are "unconfirmed". */
export const dayEndGroups = ['paid', 'open', 'expired', 'cancelled', 'unconfirmed'] as const;
export type DayEndGroup = (typeof dayEndGroups)[number];

const groupOf: Record<LinkStatus, DayEndGroup> = {
  paid: 'paid',
  active: 'open',
  expired: 'expired',
  cancelled: 'cancelled',
  failed: 'unconfirmed',
  unknown: 'unconfirmed',
};

const sumSchema = z.object({ count: z.number().int().nonnegative(), sumMinor: z.number().int().nonnegative() });
/** A count and its money, one sum per currency (currencies are never added together). */
export const dayEndBucketSchema = z.object({
  count: z.number().int().nonnegative(),
  byCurrency: z.partialRecord(currencySchema, sumSchema),
});
export type DayEndBucket = z.infer<typeof dayEndBucketSchema>;

const groupsSchema = z.object(Object.fromEntries(dayEndGroups.map((g) => [g, dayEndBucketSchema])) as Record<DayEndGroup, typeof dayEndBucketSchema>);
const lineSchema = z.object({ made: dayEndBucketSchema, groups: groupsSchema });

export const dayEndReportSchema = z.object({
  fromDay: z.string(),
  toDay: z.string(),
  /** Every link made in the range, by its amount. */
  made: dayEndBucketSchema,
  /** The same links by what became of them; `paid` sums what was paid. */
  groups: groupsSchema,
  providers: z.array(lineSchema.extend({ provider: providerIdSchema })),
  accounts: z.array(lineSchema.extend({ accountId: accountIdSchema, label: z.string().max(80), provider: providerIdSchema })),
  /** Paid links the owner marked by hand (the provider was not asked, or could not say). */
  markedPaid: z.array(
    z.object({ reference: linkReferenceSchema, at: z.string(), description: z.string().max(200), accountLabel: z.string().max(80), amount: moneySchema }),
  ),
});
export type DayEndReport = z.infer<typeof dayEndReportSchema>;

/** The instants a range covers in Istanbul time: from its first midnight up to (excluded) the next one after it. */
export function dayEndInstants(range: DayEndRange): { from: Date; until: Date; days: number } {
  const first = parseCalendarDate(range.fromDay)!;
  const last = parseCalendarDate(range.toDay)!;
  const from = istanbulStartOfDay(first);
  const until = istanbulStartOfDay(addDays(last, 1));
  const days = Math.round((Date.UTC(last.year, last.month - 1, last.day) - Date.UTC(first.year, first.month - 1, first.day)) / 86_400_000) + 1;
  return { from, until, days };
}

export type DayEndInput = Pick<
  LinkRecord,
  'reference' | 'kind' | 'accountId' | 'accountLabel' | 'provider' | 'status' | 'amount' | 'paidAmountMinor' | 'description' | 'timeline'
>;

/**
 * The day-end arithmetic over the links made in the range: exact integer kuruş, one sum per
 * currency. A paid link counts what was paid (an open-amount link's amount is only "for the
 * records"); the other groups count the link's amount. Service payments are not links: left out.
 */
export function buildDayEndReport(range: DayEndRange, records: readonly DayEndInput[]): DayEndReport {
  const report: DayEndReport = { ...range, made: bucket(), groups: groups(), providers: [], accounts: [], markedPaid: [] };
  const providers = new Map<ProviderId, DayEndReport['providers'][number]>();
  const accounts = new Map<string, DayEndReport['accounts'][number]>();
  for (const record of records) {
    if (record.kind === 'service-payment') continue;
    const group = groupOf[record.status];
    const currency = record.amount.currency;
    const counted = group === 'paid' ? (record.paidAmountMinor ?? record.amount.minor) : record.amount.minor;
    const provider = getOrAdd(providers, record.provider, () => ({ provider: record.provider, made: bucket(), groups: groups() }));
    const account = getOrAdd(accounts, record.accountId, () => ({
      accountId: record.accountId,
      label: record.accountLabel,
      provider: record.provider,
      made: bucket(),
      groups: groups(),
    }));
    for (const line of [report, provider, account]) {
      add(line.made, currency, record.amount.minor);
      add(line.groups[group], currency, counted);
    }
    const marked = group === 'paid' ? record.timeline.findLast((e) => e.kind === 'marked-paid' && e.outcome === 'ok') : undefined;
    if (marked) {
      report.markedPaid.push({ reference: record.reference, at: marked.at, description: record.description, accountLabel: record.accountLabel, amount: record.amount });
    }
  }
  report.providers = providerIds.flatMap((id) => providers.get(id) ?? []);
  report.accounts = [...accounts.values()].sort((a, b) => a.label.localeCompare(b.label, 'tr'));
  report.markedPaid.sort((a, b) => a.at.localeCompare(b.at));
  return report;
}

/** `01.11.2026`, or `01.11.2026 – 30.11.2026` for a range: dates as Turkish slips and Excel write them. */
export function dayEndRangeText(range: DayEndRange): string {
  const text = (day: string) => day.split('-').reverse().join('.');
  return range.fromDay === range.toDay ? text(range.fromDay) : `${text(range.fromDay)} – ${text(range.toDay)}`;
}

/** The bucket's sums in the fixed currency order, for display and export. */
export function bucketSums(bucket: DayEndBucket): { currency: Currency; count: number; sumMinor: number }[] {
  return currencies.flatMap((currency) => {
    const row = bucket.byCurrency[currency];
    return row ? [{ currency, ...row }] : [];
  });
}

function bucket(): DayEndBucket {
  return { count: 0, byCurrency: {} };
}

function groups(): Record<DayEndGroup, DayEndBucket> {
  return { paid: bucket(), open: bucket(), expired: bucket(), cancelled: bucket(), unconfirmed: bucket() };
}

function add(target: DayEndBucket, currency: Currency, minor: number): void {
  target.count++;
  const row = (target.byCurrency[currency] ??= { count: 0, sumMinor: 0 });
  row.count++;
  row.sumMinor += minor;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (!value) map.set(key, (value = make()));
  return value;
}
