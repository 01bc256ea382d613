import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/clock';
import { createCore } from '../../../src/main/core';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { OutboxStore } from '../../../src/main/outbox/outbox-store';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { makeTempDir } from '../../support/temp-dir';
import { paynetRequest } from './link-kit';
import { bundleChildScript } from '../../support/child-script';

/**
 * Crash safety: a child process drains 200 queued Paynet links and is killed with SIGKILL at
 * random moments (during start-up and resume, during requests, during writes) at least 50 times,
 * then a last child finishes. The emulator lives here in the parent, so its record of what was
 * created survives every kill. Nothing may be lost and nothing created twice.
 */
const ITEMS = 200;
const KILLS = 50;

let temp: { dir: string; cleanup: () => Promise<void> };
let paynet: PaynetEmulator;
let childScript: string;
/** The one keychain entry, as main writes it (the key bound to the account's address), handed to every child. */
let keychainEntry = '';

beforeAll(async () => {
  temp = await makeTempDir('paydesk-crash-');
  paynet = await startPaynetEmulator();
  childScript = join(temp.dir, 'crash-child.mjs');
  await bundleChildScript(fileURLToPath(new URL('./crash/crash-child.ts', import.meta.url)), childScript);
}, 60_000);
afterAll(async () => {
  await paynet.stop();
  await temp.cleanup();
});

const dataDir = () => join(temp.dir, 'data');

function runChild(mode: 'drain' | 'final'): { child: ChildProcess; ready: Promise<void>; done: Promise<number | null> } {
  const child = spawn(process.execPath, [childScript, dataDir(), keychainEntry, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve();
    });
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void done.then((code) => {
    if (code !== 0 && code !== null) console.error(`crash child exited ${code}: ${err.slice(0, 2000)}`);
  });
  return { child, ready, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox under SIGKILL', () => {
  it(`${ITEMS} queued links, killed ${KILLS}+ times while draining: each created exactly once, or unknown/failed with a reason`, async () => {
    // Queue the links with a core that is offline, so nothing goes out before the children start.
    const secretKey = paynet.secretKey;
    const vault = {
      get: async () => keychainEntry || null,
      set: async (_account: string, _field: string, value: string) => void (keychainEntry = value),
      delete: async () => false,
      available: async () => true,
    };
    const setup = await createCore({ dataDir: dataDir(), vault, isOnline: () => false });
    const created = await setup.invoke('accounts:create', {
      draft: { provider: 'paynet', label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey },
    });
    if (!created.ok) throw new Error(created.error.message);
    const accountId = (created.value as { account: { id: string } }).account.id;
    const references: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const request = paynetRequest({ amount: { minor: 10_000 + i, currency: 'TRY' } });
      references.push(request.reference);
      const queued = await setup.invoke('links:create', { accountId, request, mode: 'later' });
      if (!queued.ok) throw new Error(queued.error.message);
    }
    await setup.stop();

    paynet.emulator.latencyMs = 40;
    let kills = 0;
    let killsWhileCreating = 0;
    for (let round = 0; kills < KILLS; round++) {
      const linksBefore = paynet.links.length;
      const { child, ready, done } = runChild('drain');
      if (round % 5 === 4) await sleep(Math.random() * 400); // somewhere in start-up / resume
      else await Promise.race([ready, done]).then(() => sleep(50 + Math.random() * 350));
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        kills += 1;
        if (paynet.links.length > linksBefore) killsWhileCreating += 1;
      }
      await done;
    }
    const createdBeforeLast = paynet.links.length;
    const last = runChild('final');
    const finished = await Promise.race([last.done, sleep(30_000).then(() => 'timeout' as const)]);
    if (finished === 'timeout') last.child.kill('SIGKILL');
    expect(finished).toBe(0);

    const notices = new NoticeBoard();
    const outbox = await OutboxStore.open(dataDir(), notices, systemClock);
    const history = await HistoryStore.open(dataDir(), notices, systemClock);
    expect(notices.list()).toEqual([]);
    // Settled items leave the outbox file after a while; then history alone has them.
    const states: Record<string, number> = {};
    for (const reference of references) {
      const item = outbox.get(reference);
      const record = history.get(reference);
      const atEmulator = paynet.links.filter((l) => l.reference_no === reference);
      expect(atEmulator.length, `${reference} created ${atEmulator.length} times`).toBeLessThanOrEqual(1);
      expect(item ?? record, `${reference} lost`).toBeDefined();
      const state = record ? 'created' : item!.state;
      states[state] = (states[state] ?? 0) + 1;
      if (record) {
        expect(item?.state ?? 'created').toBe('created');
        expect(atEmulator).toHaveLength(1);
        expect(record.url).toBe(atEmulator[0]!.url);
      } else {
        expect(['unknown', 'failed']).toContain(item!.state);
        expect(item!.lastError?.message).toBeTruthy();
      }
    }
    expect(paynet.links.every((l) => references.includes(l.reference_no))).toBe(true);
    // Links whose create answer a kill cut off, found again by reference_no (their history says so).
    const reconciled = references.filter((r) => history.get(r)?.timeline[0]?.detail?.includes('Found at the provider')).length;
    console.log(
      `crash test: ${kills} kills (${killsWhileCreating} in rounds that created links); outcome ${JSON.stringify(states)}; ` +
        `${reconciled} recorded from a look-up after a lost answer; ${createdBeforeLast} links made before the last (unkilled) run, ` +
        `${paynet.links.length} in the end`,
    );
    await outbox.close();
    await history.close();
  }, 120_000);
});
