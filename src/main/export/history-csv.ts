import Papa from 'papaparse';
import type { LinkRecord } from '../../shared/domain/link-record';
import type { Language } from '../../shared/domain/settings';
import { calendarDateText, formatIstanbulDateTime, istanbulCalendarDate } from '../../shared/domain/istanbul-time';
import { formatMinor } from '../../shared/domain/money';
import { providerNames } from '../../shared/domain/provider-id';
import { translate } from '../../shared/i18n/translate';

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
 * The history as a CSV that Turkish Excel opens correctly on a double click: UTF-8 with a byte
 * order mark (so `ş`, `ğ`, `İ` survive), `;` between fields (the comma is the decimal sign),
 * amounts as `1.250,50`, times as `22.11.2026 14:05` in Istanbul time. Cells that a spreadsheet
 * would run as a formula are defused (see `defuseFormulas`).
 */
export function historyCsv(records: readonly LinkRecord[], language: Language): string {
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => c[language]),
      data: records.map((r) => columns.map((c) => defuseFormulas(c.value(r, language)))),
    },
    { delimiter: ';', newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

/**
 * A formula trigger (`=` `+` `-` `@`, their full-width forms that Excel also accepts, tab, CR) at
 * the start of the cell or of any line inside it. Papaparse's own `escapeFormulae` checks only
 * single-line cells starting with the ASCII forms, but a description can span lines, and an importer
 * that splits on line breaks would see each line as a cell of its own.
 */
const FORMULA_TRIGGER = /(?<=^|[\r\n])(?=[=+\-@＝＋－＠\t\r])/g;

/** Puts an apostrophe before every formula trigger, so the text is shown, never run. */
function defuseFormulas(cell: string): string {
  return cell.replace(FORMULA_TRIGGER, "'");
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
