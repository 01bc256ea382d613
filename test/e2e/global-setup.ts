import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createKeytarVault } from '../../src/main/credentials/keytar-vault';

const chromium = '/usr/bin/chromium';
const rendererIndex = resolve('out/renderer/index.html');

/** Newest modification time of any file under the given folders. */
function newestSource(folders: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  folders.filter((f) => existsSync(f)).forEach(walk);
  return newest;
}

/**
 * Checks what the e2e suite needs from the machine and says exactly how to get what is missing;
 * (re)builds the renderer when the sources are newer than out/renderer.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(chromium)) {
    throw new Error(`E2E needs Chromium at ${chromium}. Install it with: sudo apt-get install -y chromium`);
  }
  const vault = createKeytarVault({ service: 'PayDesk-e2e-probe' });
  if (!(await vault.available())) {
    throw new Error(
      'E2E needs a Secret Service keychain (gnome-keyring on D-Bus). Install it with ' +
        '`sudo apt-get install -y gnome-keyring dbus` and run the tests inside an unlocked keyring: ' +
        "dbus-run-session -- sh -c 'printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null && npx playwright test'",
    );
  }
  const built = existsSync(rendererIndex) ? statSync(rendererIndex).mtimeMs : 0;
  if (built < newestSource([resolve('src/renderer'), resolve('src/shared')])) {
    try {
      execFileSync(resolve('node_modules/.bin/electron-vite'), ['build'], { stdio: 'inherit' });
    } catch {
      throw new Error('Building the renderer for E2E failed (`npx electron-vite build`); see the output above.');
    }
  }
  if (!existsSync(rendererIndex)) throw new Error(`The renderer build is missing: ${rendererIndex}`);
}
