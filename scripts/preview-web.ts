// `npm run preview:web`: the whole UI in an ordinary browser, on a real core and local provider
// emulators. Development only: binds 127.0.0.1, needs a random per-run token, throwaway data folder
// unless --data-dir is given. Never part of the packaged app.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../src/main/core';
import { createKeytarVault } from '../src/main/credentials/keytar-vault';
import { confirmInTerminal } from './preview/confirm-in-terminal';
import { AppFailure } from '../src/shared/result';
import { startAllEmulators } from './preview/emulators';
import { startPreviewServer } from './preview/preview-server';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});

const rendererDir = resolve('out/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first.');
  process.exit(1);
}

const dataDir = values['data-dir'] ? resolve(values['data-dir']) : await mkdtemp(join(tmpdir(), 'paydesk-preview-'));
const vault = createKeytarVault({ service: 'PayDesk-preview' });
if (!(await vault.available())) {
  console.warn('Warning: no keychain answers (Secret Service). Accounts cannot be saved until one runs.');
}
// Changing an account's address is confirmed by main, here in this terminal (the page cannot answer).
const core = await createCore({ dataDir, vault, appVersion: 'preview', confirmOriginChange: confirmInTerminal() }).catch((error: unknown) => {
  // E.g. the app (or another preview) already has this --data-dir open: say so, without a stack.
  if (!(error instanceof AppFailure)) throw error;
  console.error(error.error.userMessage?.en ?? error.message);
  process.exit(1);
});
const emulators = await startAllEmulators();
const token = randomBytes(24).toString('base64url');
const server = await startPreviewServer({ core, rendererDir, token, port: values.port ? Number(values.port) : undefined });

console.log(`\nPayDesk preview: ${server.url.replace(/\/$/, "")}/#token=${token}`);
console.log(`Data folder: ${dataDir}\n`);
console.log('Local provider emulators (use environment "custom" with these base URLs):');
for (const emulator of emulators.list) {
  console.log(`  ${emulator.name.padEnd(7)} ${emulator.baseUrl}`);
  for (const [field, value] of Object.entries(emulator.credentials)) console.log(`           ${field}: ${value}`);
}
console.log('\nCtrl+C stops it.');

const shutdown = async () => {
  await server.close();
  await emulators.stop();
  await core.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
