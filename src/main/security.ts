import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isAllowedExternalUrl } from './external-links';

/**
 * Electron security checklist, applied once for the whole app: no navigation away from our page,
 * no new windows (allow-listed links go to the OS browser instead), no permission grants, and a
 * CSP header on every response in addition to the page's own meta tag.
 */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // `electron-vite dev` serves the renderer with inline HMR scripts; the built app always gets the header.
  if (process.env.ELECTRON_RENDERER_URL) return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

export function hardenContents(contents: WebContents, isOwnPage: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies `hardenContents` to every web contents the app ever creates. */
export function hardenAllContents(isOwnPage: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isOwnPage));
}
