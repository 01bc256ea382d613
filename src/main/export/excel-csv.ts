import Papa from 'papaparse';

/**
 * A CSV that Turkish Excel opens correctly on a double click: UTF-8 with a byte order mark (so
 * `ş`, `ğ`, `İ` survive), `;` between fields (the comma is the decimal sign), CRLF lines. Cells
 * that a spreadsheet would run as a formula are defused (see `defuseFormulas`).
 */
export function excelCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const csv = Papa.unparse({ fields: [...fields], data: rows.map((row) => row.map(defuseFormulas)) }, { delimiter: ';', newline: '\r\n' });
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
