import type { LinkRecord } from '@shared/domain/link-record';
import type { Language } from '@shared/domain/settings';
import { calendarDateText, formatIstanbulDateTime, istanbulCalendarDate } from '@shared/domain/istanbul-time';
import { formatMinor } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import { translate } from '@shared/i18n/translate';
import { excelCsv } from './excel-csv';

type Column = { tr: string; en: string; value: (r: LinkRecord, language: Language) => string };

const date = (instant: string | undefined) => (instant ? formatIstanbulDateTime(instant) || instant : '');

/** The export's columns, headed in the user's language. */
const columns: Column[] = [
  { tr: 'Tarih', en: 'Date', value: (r) => date(r.createdAt) },
  { tr: 'Referans', en: 'Reference', value: (r) => r.reference },
  { tr: 'Hesap', en: 'Account', value: (r) => r.accountLabel },
  { tr: 'Sağlayıcı', en: 'Provider', value: (r) => providerNames[r.provider] },
  { tr: 'Durum', en: 'Status', value: (r, language) => translate(language, `history.status.${r.status}`) },
  { tr: 'Tutar', en: 'Amount', value: (r) => formatMinor(r.amount.minor) },
  { tr: 'Para birimi', en: 'Currency', value: (r) => r.amount.currency },
  { tr: 'Açıklama', en: 'Description', value: (r) => r.description },
  { tr: 'Müşteri', en: 'Customer', value: (r) => r.customer.name ?? '' },
  { tr: 'Telefon', en: 'Phone', value: (r) => phoneText(r.customer.phone) },
  { tr: 'E-posta', en: 'E-mail', value: (r) => r.customer.email ?? '' },
  { tr: 'Taksit', en: 'Installments', value: (r) => String(r.maxInstallments) },
  { tr: 'Son geçerlilik', en: 'Expires', value: (r) => date(r.expiresAt) },
  { tr: 'Ödeme tarihi', en: 'Paid at', value: (r) => date(r.paidAt) },
  { tr: 'Ödenen tutar', en: 'Amount paid', value: (r) => (r.paidAmountMinor === undefined ? '' : formatMinor(r.paidAmountMinor)) },
  { tr: 'Son kontrol', en: 'Last checked', value: (r) => date(r.statusCheckedAt) },
  { tr: 'Link', en: 'Link', value: (r) => r.url ?? '' },
  { tr: 'Sağlayıcı referansları', en: 'Provider references', value: (r) => refsText(r.providerRefs) },
];

/**
 * The history as a CSV for Turkish Excel (see excelCsv): amounts as `1.250,50`, times as
 * `22.11.2026 14:05` in Istanbul time.
 */
export function historyCsv(records: readonly LinkRecord[], language: Language): string {
  return excelCsv(
    columns.map((c) => c[language]),
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
