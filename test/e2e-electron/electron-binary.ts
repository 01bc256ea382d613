import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds an installed Electron binary WITHOUT triggering electron's lazy download (requiring the
 * `electron` package would try to fetch it). Returns the path, or why there is none.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const pkg = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(pkg, 'dist', relative) : '';
  if (candidate && existsSync(candidate)) return { path: candidate };
  return {
    missing:
      'No Electron binary is installed (node_modules/electron/dist is empty; it is downloaded on the first `npm start`, ' +
      'which needs access to the Electron release host). The same flows run in Chromium in test/e2e.',
  };
}
