import Papa from 'papaparse';
import { formatMinor } from '@shared/domain/money';
import type { Product } from '@shared/domain/product';
import type { Language } from '@shared/domain/settings';
import { createTranslator } from '@shared/i18n/translate';
import { excelCsv } from './excel-csv';

/** The CSV columns, in order; import reads by position, so either language's header works. */
export const productCsvColumns = [
  'products.csv.name',
  'products.csv.price',
  'products.csv.currency',
  'products.csv.vatIncluded',
  'products.csv.paytrLinkType',
  'products.csv.paytrInstallments',
  'products.csv.oduyoLinkType',
  'products.csv.oduyoInstallments',
  'products.csv.isbankInstallments',
] as const;

/** The catalogue for Turkish Excel (see excelCsv): prices as `1.250,50`, link types as PayDesk names them. */
export function productsCsv(products: readonly Product[], language: Language): string {
  const t = createTranslator(language);
  const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));
  const rows = products.map((p) => [
    p.name,
    formatMinor(p.price.minor),
    p.price.currency,
    t(p.vatIncluded ? 'products.csv.yes' : 'products.csv.no'),
    text(p.options?.paytr?.linkType),
    text(p.options?.paytr?.maxInstallments),
    text(p.options?.oduyo?.linkType),
    text(p.options?.oduyo?.maxInstallments),
    text(p.options?.isbank?.maxInstallments),
  ]);
  return excelCsv(productCsvColumns.map((key) => t(key)), rows);
}

/** `paydesk-urunler.csv` / `paydesk-products.csv`. */
export function productsCsvFileName(language: Language): string {
  return `paydesk-${language === 'tr' ? 'urunler' : 'products'}.csv`;
}

/** A CSV row as it was typed: cells by position, and the file line it starts on (1-based). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits a Turkish-Excel CSV (`;`, quoted cells may span lines, UTF-8 with or without BOM) into
 * rows that keep their line number, so a bad row can be named the way the user sees it in an editor.
 */
export function csvRows(text: string): CsvRow[] {
  // One line ending for the whole file: an edited file can mix CRLF and LF.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ';',
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const cells = result.data;
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ line, cells });
      line += body.slice(start, end + 1).split('\n').length - 1;
      start = end + 1;
    },
  });
  return rows;
}
