import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../src/main/electron/permissions';
import { APP_INDEX_URL as OWN, ownPageCheck } from '../../../src/main/electron/renderer-origin';

const isOwnPage = ownPageCheck(OWN);

describe('web permissions', () => {
  it('lets our own page write to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', `${OWN}#/settings`, true, isOwnPage)).toBe(true);
  });

  it('denies clipboard writes from another page or a subframe, and without a URL', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', true, isOwnPage)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'file:///tmp/index.html', true, isOwnPage)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', OWN, false, isOwnPage)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, true, isOwnPage)).toBe(false);
  });

  it('denies everything else, even to our own page', () => {
    for (const permission of ['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'unknown']) {
      expect(isPermissionAllowed(permission, OWN, true, isOwnPage), permission).toBe(false);
    }
  });
});
