import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { makeTempDir } from '../../support/temp-dir';
import { bundleChildScript } from '../../support/child-script';

const KILLS = 100;
const SEGMENT_SIZE = 20;

let temp: { dir: string; cleanup: () => Promise<void> };
let childScript: string;
beforeAll(async () => {
  temp = await makeTempDir('paydesk-crash-');
  // One bundled file starts in a fraction of the time tsx needs, so 100 restarts fit the budget.
  childScript = join(temp.dir, 'child.mjs');
  await bundleChildScript(join(__dirname, 'history-crash-child.ts'), childScript);
});
afterAll(() => temp.cleanup());

interface Acknowledged {
  appended: Set<string>;
  /** reference → markers of acknowledged updates (timeline details). */
  updated: Map<string, string[]>;
}

/** Runs the child on the folder and kills it with SIGKILL at a random moment; collects what it acknowledged. */
function runAndKill(dataDir: string, run: number, acked: Acknowledged): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(run), String(SEGMENT_SIZE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let lines = 0;
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    // One run in five is killed on a clock from the start (often while opening); the others a
    // random moment after the first acknowledged append.
    if (run % 5 === 0) setTimeout(kill, Math.random() * 250);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        const [kind, reference, marker] = line.split(' ');
        if (kind === 'A') acked.appended.add(reference!);
        if (kind === 'U') acked.updated.set(reference!, [...(acked.updated.get(reference!) ?? []), marker!]);
        if (kind === 'A' && ++lines === 1 && run % 5 !== 0) setTimeout(kill, Math.random() * 100);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`));
      else resolve(lines);
    });
  });
}

/**
 * Every data file parses; returns each record's reference and its timeline markers as the next
 * start sees them: the segments, then the complete journal lines on top (a last line without its
 * newline was cut short by the kill and never acknowledged).
 */
async function readEveryFile(folder: string): Promise<{ records: Map<string, string[]>; temps: number }> {
  const records = new Map<string, string[]>();
  let temps = 0;
  let journal = '';
  for (const name of await readdir(folder)) {
    if (name.endsWith('.tmp')) {
      temps++; // a write cut short: never renamed, so never part of the data
      continue;
    }
    if (name === 'journal.jsonl') {
      journal = await readFile(join(folder, name), 'utf8');
      continue;
    }
    const parsed = JSON.parse(await readFile(join(folder, name), 'utf8'));
    if (name.endsWith('.index.json')) continue;
    for (const record of parsed.data.records as { reference: string; timeline: { detail?: string }[] }[]) {
      expect(records.has(record.reference), `${record.reference} twice`).toBe(false);
      records.set(record.reference, record.timeline.map((e) => e.detail ?? ''));
    }
  }
  for (const line of journal.split('\n').slice(0, -1)) {
    const { record } = JSON.parse(line) as { record: { reference: string; timeline: { detail?: string }[] } };
    records.set(record.reference, record.timeline.map((e) => e.detail ?? ''));
  }
  return { records, temps };
}

describe('history under SIGKILL', () => {
  it(`keeps every acknowledged append and update through ${KILLS} kills at random moments`, async () => {
    const dataDir = join(temp.dir, 'data');
    const folder = join(dataDir, 'history');
    const acked: Acknowledged = { appended: new Set(), updated: new Map() };
    let killedMidWrite = 0;
    let runsWithAppends = 0;
    const started = Date.now();
    for (let run = 1; run <= KILLS; run++) {
      if ((await runAndKill(dataDir, run, acked)) > 0) runsWithAppends++;
      const { records, temps } = await readEveryFile(folder);
      if (temps > 0) killedMidWrite++;
      for (const reference of acked.appended) expect(records.has(reference), `${reference} lost after kill ${run}`).toBe(true);
      for (const [reference, markers] of acked.updated) {
        for (const marker of markers) expect(records.get(reference), `update ${marker} lost after kill ${run}`).toContain(marker);
      }
    }
    // The app's own view after the last kill: everything acknowledged, nothing set aside.
    const notices = new NoticeBoard();
    const store = await HistoryStore.open(dataDir, notices, { now: () => new Date() }, { segmentSize: SEGMENT_SIZE });
    expect(notices.list()).toEqual([]);
    for (const reference of acked.appended) expect(store.get(reference)).toBeDefined();
    expect(store.size).toBeGreaterThanOrEqual(acked.appended.size);
    await store.close();
    expect(runsWithAppends).toBeGreaterThan(KILLS / 2);
    console.log(`${KILLS} kills: ${acked.appended.size} appends and ${acked.updated.size} updated links acknowledged, ${store.size} stored, ${killedMidWrite} kills left a cut-short temp file; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);
});
