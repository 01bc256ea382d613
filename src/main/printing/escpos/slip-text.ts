/**
 * Text from history and settings (descriptions, shop names, addresses) on its way to a printer.
 * Anything the printer could read as a command is removed here, before layout and encoding: the
 * C0 and C1 control characters (ESC, GS, DLE … would start printer commands), DEL, and the
 * invisible format characters (bidi overrides, zero-width) that would make a line look other
 * than it prints. Line breaks and tabs become spaces; a slip line is laid out by the encoder.
 */
const controlOrFormat = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

export function cleanSlipText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ')
    .replace(controlOrFormat, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Breaks text into lines of at most `columns` characters, at spaces where it can; a word longer
 * than a line (an address, a reference) is split across lines rather than cut off.
 */
export function wrapText(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    let rest = word;
    if (line && line.length + 1 + rest.length <= columns) {
      line += ` ${rest}`;
      continue;
    }
    if (line) lines.push(line);
    while (rest.length > columns) {
      lines.push(rest.slice(0, columns));
      rest = rest.slice(columns);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** A label on the left and its value on the right of one line; a value too long goes under the label. */
export function labelledLine(label: string, value: string, columns: number): string[] {
  const gap = columns - label.length - value.length;
  if (gap >= 1) return [label + ' '.repeat(gap) + value];
  return [...wrapText(label, columns), ...wrapText(value, columns).map((l) => l.padStart(columns))];
}
