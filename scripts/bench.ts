// `npm run bench`: speed and memory figures (never asserted in tests: machines are shared and noisy).
import { benchCoreDispatch } from '../test/bench/core-dispatch.bench';

const started = Date.now();
console.log(`PayDesk benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);
await benchCoreDispatch();
const rssMb = process.memoryUsage().rss / 1024 / 1024;
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s; peak-ish RSS ${rssMb.toFixed(0)} MiB`);
