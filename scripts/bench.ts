// `npm run bench [name…]`: speed and memory figures (never asserted in tests: machines are shared
// and noisy). Runs every test/bench/*.bench.ts (each exports `bench…` functions), or only the files
// whose name contains one of the arguments: `npm run bench -- history`.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const folder = resolve('test/bench');
const only = process.argv.slice(2);
const files = (await readdir(folder))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const started = Date.now();
console.log(`PayDesk benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);
for (const name of files) {
  const module = (await import(pathToFileURL(join(folder, name)).href)) as Record<string, unknown>;
  for (const [exported, run] of Object.entries(module)) {
    if (exported.startsWith('bench') && typeof run === 'function') await (run as () => Promise<void>)();
  }
}
const rssMb = process.memoryUsage().rss / 1024 / 1024;
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s (${files.join(', ')}); peak-ish RSS ${rssMb.toFixed(0)} MiB`);
