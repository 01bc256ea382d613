/**
 * The only URLs the app may hand to the OS: https pages of the providers and WhatsApp, and
 * mailto: for e-mailing a link. Everything else (file:, javascript:, http:, other hosts) is refused.
 */
const allowedHostSuffixes = [
  'paytr.com',
  'paynet.com.tr',
  'oduyo.com.tr',
  'oduyo.com',
  'isbank.com.tr',
  'wa.me',
  'whatsapp.com',
];

export function isAllowedExternalUrl(raw: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return !/[\r\n]/.test(raw);
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return [...allowedHostSuffixes, ...extraHosts].some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
