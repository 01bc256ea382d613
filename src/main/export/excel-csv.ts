import Papa from 'papaparse';

/**
 * A CSV that Turkish Excel opens correctly on a double click: UTF-8 with a byte order mark (so
 * `ş`, `ğ`, `İ` survive), `;` between fields (the comma is the decimal sign), CRLF lines. Cells
 * that Excel would run as a formula (`=`, `+`, `-`, `@` …) are defused with a leading apostrophe.
 */
export function excelCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const csv = Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { delimiter: ';', newline: '\r\n', escapeFormulae: true });
  return `\uFEFF${csv}\r\n`;
}
