import { maskCardNumbers } from './card-numbers';
import { secretForms } from './secret-forms';

/** Letters of names and keys, Turkish ones included (`\w` alone knows only ASCII); for use inside `[]`. */
const LETTERS = String.raw`\w\u00C0-\u024F`;
/**
 * Words whose values are secret wherever they appear: JSON keys, headers, query strings, form
 * bodies, plain text; also written with a space (`api key`) and in Turkish (`şifre`, `parola`).
 */
const SECRET_WORD = String.raw`(?:token|secret|passw(?:or)?d|salt|api[-_ ]?key|session[-_ ]?id|authori[sz]ation|cookie|private[-_ ]?key|merchant[-_ ]?key|client[-_ ]?id|signature|[sş][iıİ]fre|parola)`;
/** A name containing a secret word. Deliberately broad (`tokenExpiresAt` is masked too): a log loses little by it. */
const SENSITIVE_NAME = String.raw`[${LETTERS}.-]*?${SECRET_WORD}[${LETTERS}.-]*`;
/** The same inside a quoted JSON key, which may also hold spaces (`"Kullanıcı Şifresi"`). */
const SENSITIVE_KEY = String.raw`[${LETTERS}. -]*?${SECRET_WORD}[${LETTERS}. -]*`;
/** A name starts where no letter precedes it (`\b` fails before `ş`). */
const NAME_START = `(?<![${LETTERS}])`;

/** `"name": "value"` (JSON): only the string is replaced, so a JSON line stays valid JSON. */
const JSON_STRING_VALUE = new RegExp(String.raw`("${SENSITIVE_KEY}"\s*:\s*)"(?:[^"\\]|\\.)*"`, 'gi');
/** `"name": 12345` (JSON numbers or booleans). */
const JSON_BARE_VALUE = new RegExp(String.raw`("${SENSITIVE_KEY}"\s*:\s*)(?:-?\d[\d.eE+-]*|true|false)`, 'gi');
/** `name="value"`, `name: 'value'` (config-like text): the whole quoted value, spaces included. */
const QUOTED_NAMED_VALUE = new RegExp(String.raw`${NAME_START}(${SENSITIVE_NAME})(\s*[:=]\s*)(["'])(?:(?!\3)[^\\]|\\.)*\3`, 'gi');
/** `name=value`, `name: value` (headers, query strings, form bodies, plain text). */
const NAMED_VALUE = new RegExp(
  String.raw`${NAME_START}(${SENSITIVE_NAME})(\s*[:=]\s*)(?:((?:Basic|Bearer|Digest)\s+)|(?!(?:Basic|Bearer|Digest)\s))(?![\s"'\[{])[^\s,&;"'}\]]+`,
  'gi',
);
/** Registered secrets shorter than this are masked only as whole words. */
const SHORT_SECRET = 6;
/** Customers' e-mail addresses and phone numbers (Turkish mobiles in every usual form, and E.164). */
// Starts only where a run of address characters starts: tried from every letter of a long token
// (a base64 body), the search would take quadratic time.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
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
  private secretPattern: RegExp | undefined;

  /** Remember a secret value so it is masked wherever it later appears, in any of its encoded forms. */
  register(secret: string): void {
    if (!secret) return;
    for (const form of secretForms(secret)) this.secrets.add(form);
    this.secretPattern = undefined;
  }

  redact(text: string): string {
    const secrets = this.registeredSecrets();
    const mask = (found: string, at: number) => (isBareJsonValue(text, at, at + found.length) ? '"[secret]"' : '[secret]');
    const out = secrets ? text.replace(secrets, mask) : text;
    const masked = out
      .replace(JSON_STRING_VALUE, '$1"[redacted]"')
      .replace(JSON_BARE_VALUE, '$1"[redacted]"')
      .replace(AUTH_SCHEME, '$1 [redacted]')
      .replace(QUOTED_NAMED_VALUE, '$1$2$3[redacted]$3')
      .replace(NAMED_VALUE, (_m, name: string, sep: string, scheme: string | undefined) => `${name}${sep}${scheme ?? ''}[redacted]`)
      .replace(PAYNET_KEY, '$1_[redacted]')
      .replace(EMAIL, '[e-mail]')
      // Phones first: an international number can happen to pass the card check.
      .replace(PHONE, '[phone]');
    return maskCardNumbers(masked);
  }

  /** True when the text holds a secret value the app has handled (a backup or report must not). */
  containsSecret(text: string): boolean {
    const secrets = this.registeredSecrets();
    return !!secrets && text.search(secrets) >= 0;
  }

  /**
   * One pattern for every registered form, longest first so a secret containing another is masked
   * whole. Short values (a PIN, a 5-letter password) match only as whole words: inside longer
   * words and numbers they would mask ordinary text.
   */
  private registeredSecrets(): RegExp | undefined {
    if (this.secrets.size === 0) return undefined;
    this.secretPattern ??= new RegExp(
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map((form) => (form.length < SHORT_SECRET ? `(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])` : escapeRegExp(form)))
        .join('|'),
      'gu',
    );
    return this.secretPattern;
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

/**
 * A secret standing as a whole JSON number (`"pin":4821`, a short one can): it is replaced by a
 * string, so a log line stays valid JSON.
 */
function isBareJsonValue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start).trimEnd().at(-1);
  const after = text.slice(end, end + 16).trimStart()[0];
  return (before === ':' || before === ',' || before === '[') && (after === ',' || after === '}' || after === ']');
}

/** The characters that are syntax in a `u`-flag pattern (where escaping anything else is an error). */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
