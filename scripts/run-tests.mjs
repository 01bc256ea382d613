#!/usr/bin/env node
// `npm test`: typecheck, lint, unit + integration, build, browser e2e, security gate, e2e-electron.
// Checks the system prerequisites first and says exactly what to install when one is missing.
// Without a running Secret Service it starts a private, unlocked one for the run (as CI does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APT_LINE = 'sudo apt-get install chromium libsecret-1-dev pkg-config gnome-keyring dbus xvfb xauth poppler-utils socat';
const chromium = process.env.PAYDESK_CHROMIUM ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function keychainAnswers() {
  const probe = "require('keytar').findCredentials('PayDesk-probe').then(()=>process.exit(0),()=>process.exit(3))";
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 15_000 }).status === 0;
}

function missing(what, fix) {
  console.error(`\nnpm test cannot run: ${what} is missing.\n  Install it with: ${fix}\n`);
  process.exit(1);
}

if (process.platform === 'linux') {
  if (!existsSync(chromium)) missing(`Chromium (${chromium})`, `${APT_LINE}  (or set PAYDESK_CHROMIUM)`);
  if (!existsSync('node_modules/keytar/build/Release/keytar.node')) {
    missing('the keytar native module', `${APT_LINE}, then: npm_config_nodedir=/usr npm ci`);
  }
  if (!process.env.PAYDESK_PRIVATE_KEYRING && !keychainAnswers()) {
    if (!has('dbus-run-session') || !has('gnome-keyring-daemon')) missing('a Secret Service (keychain)', APT_LINE);
    console.log('No keychain answers: starting a private, unlocked gnome-keyring for this run.');
    const env = { ...process.env, PAYDESK_PRIVATE_KEYRING: '1', XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'paydesk-keyring-')) };
    const inner = `printf %s paydesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"`;
    const result = run('dbus-run-session', ['--', 'sh', '-c', inner, 'sh', process.execPath, ...process.argv.slice(1)], { env });
    process.exit(result.status ?? 1);
  }
  if (!keychainAnswers()) missing('a working Secret Service (keychain)', APT_LINE);
}

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit + integration (vitest)', 'npx', ['vitest', 'run']],
  ['build (electron-vite)', 'npx', ['electron-vite', 'build']],
  ['e2e (Playwright, Chromium)', 'npx', ['playwright', 'test']],
  ['security gate (Electronegativity)', 'node', ['scripts/electronegativity-gate.mjs']],
  ['e2e-electron (Playwright _electron)', 'npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts']],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  const stepStart = Date.now();
  console.log(`\n▶ ${name}`);
  const result = run(command, args);
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
