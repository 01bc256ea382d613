/**
 * The one web permission PayDesk grants: writing text to the clipboard ("copy link", "copy
 * diagnostics"), and only to our own page's top frame. Reading the clipboard, notifications,
 * camera, location … are always denied.
 */
const GRANTABLE = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
  isOwnPage: (url: string) => boolean,
): boolean {
  return GRANTABLE.has(permission) && isMainFrame && requestingUrl !== undefined && isOwnPage(requestingUrl);
}
