import { maskCardNumbers } from './card-numbers';

/**
 * Names whose values are secret wherever they appear: JSON keys, headers, query strings, form
 * bodies. Deliberately broad (`tokenExpiresAt` is masked too): a log loses little by it.
 */
const SENSITIVE_NAME = String.raw`[\w.-]*?(?:token|secret|passw(?:or)?d|salt|api[-_]?key|session[-_]?id|authori[sz]ation|cookie|private[-_]?key|merchant[-_]?key|client[-_]?id|signature)[\w.-]*`;

/** `"name": "value"` (JSON): only the string is replaced, so a JSON line stays valid JSON. */
const JSON_STRING_VALUE = new RegExp(String.raw`("${SENSITIVE_NAME}"\s*:\s*)"(?:[^"\\]|\\.)*"`, 'gi');
/** `"name": 12345` (JSON numbers or booleans). */
const JSON_BARE_VALUE = new RegExp(String.raw`("${SENSITIVE_NAME}"\s*:\s*)(?:-?\d[\d.eE+-]*|true|false)`, 'gi');
/** `name=value`, `name: value` (headers, query strings, form bodies, plain text). */
const NAMED_VALUE = new RegExp(
  String.raw`\b(${SENSITIVE_NAME})(\s*[:=]\s*)(?:((?:Basic|Bearer|Digest)\s+)|(?!(?:Basic|Bearer|Digest)\s))(?![\s"'\[{])[^\s,&;"'}\]]+`,
  'gi',
);
/** Customers' e-mail addresses and phone numbers (Turkish mobiles in every usual form, and E.164). */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?<![\d+])(?:(?:\+?90[ -]?|0)?5\d{2}[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}|\+[1-9]\d{7,14})(?!\d)/g;
const AUTH_SCHEME = /\b(Basic|Bearer|Digest)\s+[A-Za-z0-9._~+/=-]{6,}/g;
const PAYNET_KEY = /\b(sck|pbk)_[A-Za-z0-9_]+/g;

/**
 * Removes secrets from anything that may be written to a log or shown to support: every secret
 * value the app has handled (registered as it passes through the vault), values under secret
 * names, authorization headers, API keys, bearer tokens and card numbers (13–19 digits passing
 * the Luhn check, kept as first six and last four digits as card slips do). Customers' e-mail
 * addresses and phone numbers are personal data a log never needs, so they go too.
 */
export class Redactor {
  private secrets = new Set<string>();

  /** Remember a secret value so it is masked wherever it later appears. */
  register(secret: string): void {
    // Very short values would mask ordinary words; real credentials are longer.
    if (secret.length < 6) return;
    this.secrets.add(secret);
    // The same value as it appears inside JSON text or a URL-encoded body.
    this.secrets.add(JSON.stringify(secret).slice(1, -1));
    this.secrets.add(encodeURIComponent(secret));
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('[secret]');
    const masked = out
      .replace(JSON_STRING_VALUE, '$1"[redacted]"')
      .replace(JSON_BARE_VALUE, '$1"[redacted]"')
      .replace(AUTH_SCHEME, '$1 [redacted]')
      .replace(NAMED_VALUE, (_m, name: string, sep: string, scheme: string | undefined) => `${name}${sep}${scheme ?? ''}[redacted]`)
      .replace(PAYNET_KEY, '$1_[redacted]')
      .replace(EMAIL, '[e-mail]')
      // Phones first: an international number can happen to pass the card check.
      .replace(PHONE, '[phone]');
    return maskCardNumbers(masked);
  }

  /** True when the text holds a secret value the app has handled (a backup or report must not). */
  containsSecret(text: string): boolean {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }

  redactValue(value: unknown): string {
    if (value instanceof Error) return this.redact(`${value.name}: ${value.message}\n${value.stack ?? ''}`);
    if (typeof value === 'string') return this.redact(value);
    try {
      return this.redact(JSON.stringify(value));
    } catch {
      return '[unserialisable]';
    }
  }
}
