import { said } from '../../support/said';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import type { CredentialVault } from '../../../src/main/credentials/vault';
import { LOCK_OWNER_FILE_NAME } from '../../../src/main/store/data-folder-lock';
import { AppFailure } from '../../../src/shared/result';
import { makeTempDir } from '../../support/temp-dir';
import { bundleChildScript } from '../../support/child-script';

/** The shortest stale time proper-lockfile allows, so a lock nobody refreshes frees up quickly. */
const STALE_MS = 2000;
/** No account is used here: a vault that holds nothing keeps the keychain out of the test. */
const vault: CredentialVault = { get: async () => null, set: async () => undefined, delete: async () => false, available: async () => true };

let temp: { dir: string; cleanup: () => Promise<void> };
let childScript: string;
const cores: Core[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  temp = await makeTempDir('paydesk-lock-');
  childScript = join(temp.dir, 'lock-child.mjs');
  await bundleChildScript(join(__dirname, '../store/folder-lock-child.ts'), childScript);
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await Promise.all(cores.splice(0).map((core) => core.stop()));
});
afterAll(() => temp.cleanup());

let folders = 0;
const newFolder = () => join(temp.dir, `data-${++folders}`);
const start = async (dataDir: string) => {
  const core = await createCore({ dataDir, vault, statusPolling: false, lockStaleMs: STALE_MS });
  cores.push(core);
  return core;
};

async function refusal(starting: Promise<unknown>): Promise<AppFailure> {
  const error = await starting.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppFailure)) throw new Error(`expected the start to be refused, got ${String(error)}`);
  return error;
}

/** A child process holding the lock on `dataDir`; resolves once it has it. */
function lockInChild(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [childScript, dataDir, String(STALE_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`lock child exited early (${code})`)));
  });
}

async function killHard(child: ChildProcess): Promise<void> {
  // Waiting for `exit` lets Node reap it, so its pid is really gone (not a zombie).
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('one core per data folder', () => {
  it('refuses a second core on the same folder with data-folder-in-use and plain words', async () => {
    const dataDir = newFolder();
    const first = await start(dataDir);
    const error = await refusal(start(dataDir));
    expect(error.error.code).toBe('data-folder-in-use');
    expect(said(error.error, 'en')).toMatch(/PayDesk is already open on this computer \(or another computer uses this data folder\)/);
    expect(said(error.error, 'tr')).toMatch(/PayDesk bu bilgisayarda zaten açık/);
    // The first core is untouched by the refused one.
    expect((await first.invoke('settings:get', undefined)).ok).toBe(true);
  });

  it('lets a new core start once the previous one stopped', async () => {
    const dataDir = newFolder();
    const first = await start(dataDir);
    await first.stop();
    cores.splice(cores.indexOf(first), 1);
    const second = await start(dataDir);
    expect((await second.invoke('settings:get', undefined)).ok).toBe(true);
  });

  it('refuses while a live process holds the lock, and starts at once after that process was killed with SIGKILL', async () => {
    const dataDir = newFolder();
    const child = await lockInChild(dataDir);
    expect((await refusal(start(dataDir))).error.code).toBe('data-folder-in-use');
    await killHard(child);
    const began = Date.now();
    await start(dataDir);
    // Its owner no longer runs on this computer: no need to wait for the lock to go stale.
    expect(Date.now() - began).toBeLessThan(STALE_MS);
  });

  it('takes over a crashed lock without an owner file (another computer, a crash mid-start) once it is stale', async () => {
    const dataDir = newFolder();
    await killHard(await lockInChild(dataDir));
    await rm(join(dataDir, LOCK_OWNER_FILE_NAME));
    const began = Date.now();
    await start(dataDir);
    expect(Date.now() - began).toBeLessThan(STALE_MS + 3000);
  });

  it('refuses, after waiting out the stale time, while another computer keeps its lock fresh', async () => {
    const dataDir = newFolder();
    await lockInChild(dataDir);
    const ownerPath = join(dataDir, LOCK_OWNER_FILE_NAME);
    const owner = JSON.parse(await readFile(ownerPath, 'utf8')) as { host: string };
    await writeFile(ownerPath, JSON.stringify({ ...owner, host: 'the-other-counter' }));
    expect((await refusal(start(dataDir))).error.code).toBe('data-folder-in-use');
  });
});
