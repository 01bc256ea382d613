// A counter of a chain opened in its own process (so its memory is its own): `tsx
// test/bench/shop-chain-counter.ts <dataDir> <vault.json>`. Prints one line of JSON figures.
import { readFile } from 'node:fs/promises';
import { createCore } from '../../src/main/core';
import { memoryVault } from './bench-kit';
import { summarize, time } from './stats';

const [dataDir, vaultFile] = process.argv.slice(2);
const searches = ['ayşe', 'YILMAZ', 'kirası', 'şule perde', 'cagri ozturk 42', '125,00', 'PD00000000009', 'zzqx', 'gözlük', 'İbrahim'];

const started = performance.now();
const vault = memoryVault(new Map(Object.entries(JSON.parse(await readFile(vaultFile!, 'utf8')) as Record<string, string>)));
const core = await createCore({ dataDir: dataDir!, vault, statusPolling: false, shopTiming: { intervalMs: 60_000 } });
const first = await core.invoke('history:query', { filter: {}, offset: 0, limit: 50 });
if (!first.ok) throw new Error(first.error.message);
const open = performance.now() - started;
const size = (first.value as { total: number }).total;

const local: number[] = [];
for (let i = 0; i < 200; i++) await time(local, () => core.invoke('history:query', { filter: { text: searches[i % searches.length] }, offset: 0, limit: 50 }));

// Online: the first round after the start, then the History screen's search here and on the server.
const state = async () => {
  const status = await core.invoke('shop:status', undefined);
  return status.ok ? (status.value as { state: string }).state : 'error';
};
for (let i = 0; i < 400 && (await state()) !== 'online'; i++) await new Promise((r) => setTimeout(r, 25));
const both: number[] = [];
const slowest = new Map<string, number>();
for (let i = 0; i < 60; i++) {
  const text = searches[i % searches.length]!;
  const before = both.length;
  await time(both, () =>
    Promise.all([
      core.invoke('history:query', { filter: { text }, offset: 0, limit: 50 }),
      core.invoke('shop:search-history', { text, limit: 50 }),
    ]),
  );
  slowest.set(text, Math.max(slowest.get(text) ?? 0, both[before]!));
}
globalThis.gc?.();
const memory = process.memoryUsage();
await core.stop();
console.log(JSON.stringify({ open, size, local: summarize(local), both: summarize(both), rssMb: memory.rss / 2 ** 20, heapMb: memory.heapUsed / 2 ** 20, slowest: Object.fromEntries(slowest) }));
