/**
 * The only URLs the app may hand to the OS: https pages of the providers and WhatsApp, the exact
 * hosts of the shop's custom accounts, and mailto: for e-mailing a link (subject and body only).
 * Everything else (file:, javascript:, http:, other hosts, a custom account's parent domain) is
 * refused. The OS gets the parsed `href`, never the string as it came in.
 */
const allowedHostSuffixes = ['paytr.com', 'paynet.com.tr', 'oduyo.com.tr', 'oduyo.com', 'isbank.com.tr', 'wa.me', 'whatsapp.com'];

/** `mailto:` may carry these and nothing else (no `attach=`, `cc`, `bcc`). */
const MAILTO_KEYS = new Set(['subject', 'body']);

/** The normalised address to open, or undefined when it may not be opened. `exactHosts`: custom accounts' hosts, matched exactly. */
export function allowedExternalHref(raw: string, exactHosts: readonly string[] = []): string | undefined {
  if (/[\r\n]/.test(raw) || !URL.canParse(raw)) return undefined;
  const url = new URL(raw);
  if (url.protocol === 'mailto:') {
    return [...url.searchParams.keys()].every((key) => MAILTO_KEYS.has(key.toLowerCase())) ? url.href : undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const host = url.hostname.toLowerCase();
  const known = allowedHostSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return known || exactHosts.some((exact) => host === exact.toLowerCase()) ? url.href : undefined;
}
