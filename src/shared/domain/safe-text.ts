/**
 * Characters that change how text is shown without being seen: bidi overrides and isolates (a
 * name or URL that reads differently from what it is), invisible direction marks, and control
 * characters. Refused in everything PayDesk shows, prints, shares or sends on.
 */
// U+202A–U+202E embeddings / overrides, U+2066–U+2069 isolates, U+200E / U+200F marks, U+061C.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
// C0 controls except tab / newline / carriage return, DEL, C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /[\t\n\r]/;

/** True when `text` holds no direction control and no control character (line breaks only if allowed). */
export function isSafeText(text: string, options: { lineBreaks?: boolean } = {}): boolean {
  if (DIRECTION_CONTROLS.test(text) || CONTROL_CHARACTERS.test(text)) return false;
  return options.lineBreaks === true || !LINE_BREAKS.test(text);
}

/**
 * The path of the first string in an IPC input that holds a direction control or a control
 * character other than tab and line breaks (secrets such as a PEM certificate keep their lines);
 * undefined when every string is clean. Walks plain objects and arrays only.
 */
export function firstUnsafeTextPath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return isSafeText(value, { lineBreaks: true }) ? undefined : path.join('.') || 'input';
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstUnsafeTextPath(item, [...path, String(i)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstUnsafeTextPath(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
