/**
 * Where the built renderer lives: `app://paydesk/`, a custom scheme registered as standard and
 * secure, instead of `file://` (which would give the page the whole disk as its origin and needs
 * Electron's extra file privileges). Electron-free, so the rules are unit-tested.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'paydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Standard: real origin, relative URLs and `'self'` in the CSP work as on https. Secure: a secure
 * context (the clipboard API needs one). Stream: an <audio> element may play a file of ours (the
 * paid chime). Nothing else: no CSP bypass, no fetch, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, stream: true } as const;

/**
 * Which URLs count as our page (navigation guards, permission checks, the IPC sender check):
 * the built app's index document on app://paydesk, or the dev server's origin in development.
 */
export function ownPageCheck(rendererUrl: string): (url: string) => boolean {
  const own = new URL(rendererUrl);
  if (own.protocol !== `${APP_SCHEME}:`) return (url) => parse(url)?.origin === own.origin;
  // Node gives non-special schemes an opaque origin, so compare scheme and host themselves.
  return (url) => {
    const candidate = parse(url);
    return (
      candidate?.protocol === own.protocol &&
      candidate.host === own.host &&
      (candidate.pathname === '/' || candidate.pathname === own.pathname)
    );
  };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
