/**
 * The ways one secret value shows up in text the app may log: as given, JSON-escaped (also as PHP
 * writes it, with `\/`; ASCII-only with `\u00fc`; and JSON inside a JSON string, as Ödüyo's
 * double-encoded `data`), and URL-encoded (as a path or query part, and as a form body with `+`
 * for spaces), with upper- or lower-case percent escapes.
 */
export function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const urlForms = [encodeURIComponent(secret), new URLSearchParams([['', secret]]).toString().slice(1)];
  return [
    ...new Set([
      secret,
      json,
      json.replaceAll('/', '\\/'),
      json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      JSON.stringify(json).slice(1, -1),
      ...urlForms,
      ...urlForms.map((form) => form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())),
    ]),
  ];
}
