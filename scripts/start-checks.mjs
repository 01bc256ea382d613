// What `npm start` / `npm run dev` check before electron-vite runs: the Node version, and Electron's
// binary (downloaded once with Electron's own installer). Each problem becomes one plain sentence.
// Nothing here may `require('electron')`: that call downloads the binary as a side effect.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Electron 45's own tooling declares `engines.node >= 22.12`. */
export const MINIMUM_NODE = '22.12.0';

/** A sentence when `version` is older than MINIMUM_NODE, else null. */
export function nodeProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `PayDesk needs Node.js ${MINIMUM_NODE} or newer (22 LTS or later) to start; this is Node.js ${version.replace(/^v/, '')}. ` +
    'Install the current LTS from https://nodejs.org, then run npm install and npm start again.'
  );
}

/** The project's `electron` npm package folder (PAYDESK_ELECTRON_DIR points tests at a throwaway copy). */
export function electronPackageDir(env = process.env, root = process.cwd()) {
  return env.PAYDESK_ELECTRON_DIR || join(root, 'node_modules', 'electron');
}

/**
 * The installed Electron executable, or null. Mirrors the package's own rules: `path.txt` names the
 * executable under `dist/`, and `ELECTRON_OVERRIDE_DIST_PATH` replaces `dist/`.
 */
export function installedElectron(packageDir, env = process.env) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(packageDir, 'dist', relative) : '';
  return candidate && existsSync(candidate) ? candidate : null;
}

/**
 * The Electron executable, downloading it first when missing: `{ binary }`, or `{ problem }` with
 * one sentence (the installer's full output is kept in `log`, never printed).
 */
export function ensureElectron(packageDir, { log, env = process.env, say = console.log } = {}) {
  const present = installedElectron(packageDir, env);
  if (present) return { binary: present };
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  say(`Downloading Electron ${version} for ${process.platform}-${process.arch} (once, about 100 MB)…`);
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    encoding: 'utf8',
    env,
    timeout: 15 * 60_000,
  });
  const binary = result.status === 0 ? installedElectron(packageDir, env) : null;
  if (binary) return { binary };
  mkdirSync(dirname(log), { recursive: true });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`);
  return {
    problem:
      `PayDesk cannot start: Electron ${version}, the program it runs in, is not installed and could not be ` +
      `downloaded (${downloadProblem(result)}). Check the internet connection (behind a proxy set HTTPS_PROXY, ` +
      `or ELECTRON_MIRROR for a mirror), then run npm start again. Details: ${log}`,
  };
}

/** The installer's failure in a few words, never its stack trace. */
function downloadProblem(result) {
  if (result.error?.code === 'ETIMEDOUT') return 'the download took longer than 15 minutes';
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
  const code = output.match(/\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EACCES|ENOSPC)\b/);
  if (code) return `error ${code[1]}`;
  const status = output.match(/HTTPError: Response code (\d{3})|status(?:Code)?:? (\d{3})/i);
  if (status) return `the download server answered ${status[1] ?? status[2]}`;
  if (/fetch failed/i.test(output)) return 'no connection to the download server';
  return 'the installer stopped with an error';
}
