#!/usr/bin/env node
// `npm start` (preview) and `npm run dev`: the checks in start-checks.mjs, then electron-vite with
// the binary they found. Each stop is one sentence, never a stack trace.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronPackageDir, ensureElectron, nodeProblem } from './start-checks.mjs';

function stop(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

const [mode = 'preview', ...forwarded] = process.argv.slice(2);
const oldNode = nodeProblem(process.versions.node);
if (oldNode) stop(oldNode);

const packageDir = electronPackageDir();
const electron = ensureElectron(packageDir, { log: join(packageDir, '..', '.cache', 'paydesk', 'electron-install.log') });
if ('problem' in electron) stop(electron.problem);

const cli = join(process.cwd(), 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, mode, ...forwarded], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.binary },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
