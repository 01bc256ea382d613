import type { LinkRecord } from '@shared/domain/link-record';
import type { Language } from '@shared/domain/settings';
import { calendarDateText, formatIstanbulDateTime, istanbulCalendarDate } from '@shared/domain/istanbul-time';
import { formatMinor } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import type { MessageKey } from '@shared/i18n/catalog';
import { translate } from '@shared/i18n/translate';
import { excelCsv } from './excel-csv';

type Column = { header: Extract<MessageKey, `csv.history.${string}`>; value: (r: LinkRecord, language: Language) => string };

const date = (instant: string | undefined) => (instant ? formatIstanbulDateTime(instant) || instant : '');

/** The export's columns, headed in the user's language. */
const columns: Column[] = [
  { header: 'csv.history.date', value: (r) => date(r.createdAt) },
  { header: 'csv.history.reference', value: (r) => r.reference },
  { header: 'csv.history.account', value: (r) => r.accountLabel },
  { header: 'csv.history.provider', value: (r) => providerNames[r.provider] },
  { header: 'csv.history.status', value: (r, language) => translate(language, `history.status.${r.status}`) },
  { header: 'csv.history.amount', value: (r) => formatMinor(r.amount.minor) },
  { header: 'csv.history.currency', value: (r) => r.amount.currency },
  { header: 'csv.history.description', value: (r) => r.description },
  { header: 'csv.history.customer', value: (r) => r.customer.name ?? '' },
  { header: 'csv.history.phone', value: (r) => phoneText(r.customer.phone) },
  { header: 'csv.history.e-mail', value: (r) => r.customer.email ?? '' },
  { header: 'csv.history.installments', value: (r) => String(r.maxInstallments) },
  { header: 'csv.history.expires', value: (r) => date(r.expiresAt) },
  { header: 'csv.history.paid-at', value: (r) => date(r.paidAt) },
  { header: 'csv.history.amount-paid', value: (r) => (r.paidAmountMinor === undefined ? '' : formatMinor(r.paidAmountMinor)) },
  { header: 'csv.history.last-checked', value: (r) => date(r.statusCheckedAt) },
  { header: 'csv.history.link', value: (r) => r.url ?? '' },
  { header: 'csv.history.provider-references', value: (r) => refsText(r.providerRefs) },
];

/**
 * The history as a CSV for Turkish Excel (see excelCsv): amounts as `1.250,50`, times as
 * `22.11.2026 14:05` in Istanbul time.
 */
export function historyCsv(records: readonly LinkRecord[], language: Language): string {
  return excelCsv(
    columns.map((c) => translate(language, c.header)),
    records.map((r) => columns.map((c) => c.value(r, language))),
  );
}

/** `paydesk-gecmis-2026-11-22.csv` (the Istanbul date of the export). */
export function historyCsvFileName(language: Language, now: Date): string {
  return `paydesk-${language === 'tr' ? 'gecmis' : 'history'}-${calendarDateText(istanbulCalendarDate(now))}.csv`;
}

/** Turkish numbers as they are written at home (`0555 123 45 67`); others stay in E.164. */
function phoneText(phone: string | undefined): string {
  if (!phone) return '';
  const match = /^\+90(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(phone);
  return match ? `0${match[1]} ${match[2]} ${match[3]} ${match[4]}` : phone;
}

function refsText(refs: Record<string, string>): string {
  return Object.entries(refs)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
