import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureElectron, nodeProblem } from '../../../scripts/start-checks.mjs';
import { makeTempDir } from '../../support/temp-dir';

const root = resolve(__dirname, '../../..');
const realElectron = join(root, 'node_modules', 'electron');
const supportedNode = nodeProblem(process.versions.node) === null;

/** A port nothing listens on: the "download server" is unreachable, as when offline. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A throwaway copy of the `electron` package as npm installs it: no binary, no path.txt. */
function electronPackageWithoutBinary(dir: string): string {
  const pkg = join(dir, 'electron');
  mkdirSync(pkg);
  for (const file of ['package.json', 'install.js', 'checksums.json']) copyFileSync(join(realElectron, file), join(pkg, file));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return pkg;
}

/** An `electron` package whose path.txt points at a stand-in that records how it was started. */
function electronPackageWithStandIn(dir: string, record: string): string {
  const pkg = join(dir, 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  copyFileSync(join(realElectron, 'package.json'), join(pkg, 'package.json'));
  writeFileSync(join(pkg, 'path.txt'), 'electron');
  const standIn = join(pkg, 'dist', 'electron');
  writeFileSync(
    standIn,
    `#!${process.execPath}\nconst fs = require('node:fs');\n` +
      `fs.writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(),` +
      ` entryBuilt: fs.existsSync('out/main/index.js') }));\n`,
  );
  chmodSync(standIn, 0o755);
  return pkg;
}

function offlineEnv(dir: string, port: number): NodeJS.ProcessEnv {
  return { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: join(dir, 'cache') };
}

function npmStart(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['scripts/start-app.mjs', 'preview'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
}

describe('npm start: the supported Node', () => {
  it('names the minimum and the running version when Node is too old', () => {
    expect(nodeProblem('20.19.0')).toMatch(/needs Node\.js 22\.12\.0 or newer.*this is Node\.js 20\.19\.0/);
    expect(nodeProblem('v22.11.9')).toMatch(/this is Node\.js 22\.11\.9/);
  });

  it('accepts 22.12 and every newer line', () => {
    for (const version of ['22.12.0', 'v22.23.5', '24.1.0', '26.0.0']) expect(nodeProblem(version)).toBeNull();
  });
});

describe('npm start: the Electron binary', () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    temp = await makeTempDir('paydesk-start-');
  });
  afterEach(() => temp.cleanup());

  it('offline without a binary: one sentence saying what is missing and how to retry, the details in a log', async () => {
    const pkg = electronPackageWithoutBinary(temp.dir);
    const log = join(temp.dir, 'install.log');
    const result = ensureElectron(pkg, { log, env: offlineEnv(temp.dir, await closedPort()), say: () => {} });
    expect(result).toEqual({ problem: expect.stringMatching(/Electron 45\.\d+\.\d+, the program it runs in, is not installed/) });
    const problem = 'problem' in result ? result.problem : '';
    expect(problem).toMatch(/run npm start again/);
    expect(problem).not.toMatch(/uninstall|\n\s+at /);
    expect(readFileSync(log, 'utf8')).toMatch(/fetch failed/);
    expect(existsSync(join(pkg, 'path.txt'))).toBe(false);
  });

  it.runIf(supportedNode)('`npm start` offline stops with that sentence, not "Electron uninstall" or a stack trace', async () => {
    const pkg = electronPackageWithoutBinary(temp.dir);
    const result = npmStart({ ...offlineEnv(temp.dir, await closedPort()), PAYDESK_ELECTRON_DIR: pkg });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PayDesk cannot start: Electron .* could not be downloaded/);
    expect(result.stderr + result.stdout).not.toMatch(/uninstall|\n\s+at /);
  });

  it.runIf(supportedNode)('with a binary where path.txt points, `npm start` builds the app and starts that binary on it', () => {
    const record = join(temp.dir, 'started.json');
    const pkg = electronPackageWithStandIn(temp.dir, record);
    const result = npmStart({ ...process.env, PAYDESK_ELECTRON_DIR: pkg });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ args: ['.'], cwd: root, entryBuilt: true });
  });

  it.skipIf(supportedNode)('on an older Node, `npm start` stops first with the Node sentence', () => {
    const result = npmStart(process.env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PayDesk needs Node\.js 22\.12\.0 or newer/);
  });
});
