import { bucketSums, dayEndGroups, dayEndRangeText, type DayEndBucket, type DayEndReport } from '@shared/domain/day-end-report';
import { formatMinor } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import type { Language } from '@shared/domain/settings';
import { createTranslator } from '@shared/i18n/translate';
import { excelCsv } from './excel-csv';

/**
 * The day-end report as one table for Turkish Excel (see excelCsv): a row per section, line,
 * status and currency, so a pivot table or a filter works on it; amounts as `1.250,50`.
 */
export function dayEndCsv(report: DayEndReport, language: Language): string {
  const t = createTranslator(language);
  const rows: string[][] = [];
  const lines = (section: string, line: string, made: DayEndBucket, groups: DayEndReport['groups']) => {
    const buckets: [string, DayEndBucket][] = [[t('dayEnd.made'), made], ...dayEndGroups.map((g): [string, DayEndBucket] => [t(`dayEnd.group.${g}`), groups[g]])];
    for (const [status, bucket] of buckets) {
      for (const sum of bucketSums(bucket)) rows.push([section, line, status, String(sum.count), formatMinor(sum.sumMinor), sum.currency, '']);
    }
  };
  lines(t('dayEnd.csv.total'), dayEndRangeText(report), report.made, report.groups);
  for (const p of report.providers) lines(t('dayEnd.byProvider'), providerNames[p.provider], p.made, p.groups);
  for (const a of report.accounts) lines(t('dayEnd.byAccount'), a.label, a.made, a.groups);
  for (const m of report.markedPaid) {
    rows.push([t('dayEnd.markedPaid'), `${m.accountLabel} · ${m.description}`, t('dayEnd.group.paid'), '1', formatMinor(m.amount.minor), m.amount.currency, m.reference]);
  }
  const fields = ['dayEnd.csv.section', 'dayEnd.csv.line', 'dayEnd.csv.group', 'dayEnd.csv.count', 'dayEnd.csv.amount', 'dayEnd.csv.currency', 'dayEnd.csv.reference'] as const;
  return excelCsv(fields.map((key) => t(key)), rows);
}

/** `paydesk-gun-sonu-2026-11-22.csv`, or `…-2026-11-01-2026-11-30.csv` for a range. */
export function dayEndCsvFileName(report: Pick<DayEndReport, 'fromDay' | 'toDay'>, language: Language): string {
  const days = report.fromDay === report.toDay ? report.fromDay : `${report.fromDay}-${report.toDay}`;
  return `paydesk-${language === 'tr' ? 'gun-sonu' : 'day-end'}-${days}.csv`;
}
