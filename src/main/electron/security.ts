import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { allowedExternalHref } from '../external-links';
import { isPermissionAllowed } from './permissions';

/**
 * Electron security checklist, applied once for the whole app: no navigation away from our page,
 * no new windows (allow-listed links go to the OS browser instead), no permission but clipboard
 * writes from our own page, and a CSP header on every response in addition to the page's own meta tag.
 */
export function hardenSession(isOwnPage: (url: string) => boolean, { devServer }: { devServer: boolean }): void {
  const ses = session.defaultSession;
  // Only clipboard writes from our own page (copy link / copy diagnostics); see permissions.ts.
  ses.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame, isOwnPage));
  });
  ses.setPermissionCheckHandler((webContents, permission, _origin, details) => {
    const url = details.requestingUrl ?? webContents?.getURL();
    return isPermissionAllowed(permission, url, details.isMainFrame, isOwnPage);
  });
  // `electron-vite dev` serves the renderer with inline HMR scripts; the built app always gets the
  // header (app:// answers carry it too, see app-protocol-files.ts).
  if (devServer) return;
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
    const href = allowedExternalHref(url);
    if (href !== undefined) void shell.openExternal(href);
    return { action: 'deny' };
  });
}

/** Applies `hardenContents` to every web contents the app ever creates. */
export function hardenAllContents(isOwnPage: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isOwnPage));
}
