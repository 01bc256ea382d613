import { isAbsolute } from 'node:path';
import { APP_INDEX_URL } from './renderer-origin';

export interface LaunchEnvironment {
  /** Electron's `app.isPackaged`: true in an installed build. */
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The OS's user-data folder for PayDesk. */
  defaultDataDir: string;
}

export interface LaunchOptions {
  /** The page the window loads. */
  rendererUrl: string;
  /** The page comes from electron-vite's dev server, whose hot reload needs inline scripts (no CSP header). */
  devServer: boolean;
  /** The data folder (Electron's `userData`). */
  dataDir: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What the environment may change at start-up. A development run (`electron-vite dev`, the smoke
 * tests) may load the window from the dev server on this machine (`ELECTRON_RENDERER_URL`) and
 * keep its data in another folder (`PAYDESK_DATA_DIR`, absolute). A packaged build ignores both:
 * whoever can set a variable for the shop's PayDesk must not be able to put foreign code in the
 * window that holds the bridge, or swap the data folder under it.
 */
export function launchOptions({ isPackaged, env, defaultDataDir }: LaunchEnvironment): LaunchOptions {
  const devServerUrl = isPackaged ? undefined : loopbackHttpUrl(env.ELECTRON_RENDERER_URL);
  const dataDir = isPackaged ? undefined : env.PAYDESK_DATA_DIR;
  return {
    rendererUrl: devServerUrl ?? APP_INDEX_URL,
    devServer: devServerUrl !== undefined,
    dataDir: dataDir && isAbsolute(dataDir) ? dataDir : defaultDataDir,
  };
}

/** The dev server runs on this machine; any other address is ignored. */
function loopbackHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
