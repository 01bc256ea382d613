import { electronPackageDir, installedElectron } from '../../scripts/start-checks.mjs';

/**
 * Finds an installed Electron binary WITHOUT triggering electron's lazy download (requiring the
 * `electron` package would try to fetch it). Returns the path, or why there is none.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const path = installedElectron(electronPackageDir());
  if (path) return { path };
  return {
    missing:
      'No Electron binary is installed (node_modules/electron/dist is empty; it is downloaded on the first `npm start`, ' +
      'which needs access to the Electron release host). The same flows run in Chromium in test/e2e.',
  };
}
