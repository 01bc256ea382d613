/**
 * The process the data-folder lock test kills: takes the lock on <dataDir> with a short stale
 * time, prints `locked` and waits to be killed. Bundled by the test (esbuild).
 */
import { lockDataFolder } from '../../../src/main/store/data-folder-lock';

const [dataDir, staleMs] = process.argv.slice(2) as [string, string];
await lockDataFolder(dataDir, { staleMs: Number(staleMs) });
process.stdout.write('locked\n');
setInterval(() => undefined, 1000);
