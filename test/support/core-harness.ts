import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCore, type Core, type CoreDeps } from '../../src/main/core';
import { stopShopServerIn } from '../../src/main/shop/shop-server-host';
import { makeTempDir } from './temp-dir';
import { createTestVault, type TestVault } from './test-vault';

export interface CoreHarness {
  core: Core;
  dataDir: string;
  vault: TestVault;
  /** Stops the core, runs `whileStopped` (e.g. to damage a file as a disk would), starts a new one on the same folder and keychain. */
  restart(whileStopped?: () => Promise<void>): Promise<Core>;
  /** Every file under the data folder, as text (for "no secret on disk" checks). */
  readAllFiles(): Promise<string>;
  dispose(): Promise<void>;
}

export async function startCoreHarness(extra: Partial<CoreDeps> = {}): Promise<CoreHarness> {
  const temp = await makeTempDir();
  const vault = createTestVault();
  const build = () => createCore({ dataDir: temp.dir, vault, ...extra });
  const harness: CoreHarness = {
    core: await build(),
    dataDir: temp.dir,
    vault,
    async restart(whileStopped) {
      await harness.core.stop();
      await whileStopped?.();
      harness.core = await build();
      return harness.core;
    },
    async readAllFiles() {
      const entries = await readdir(temp.dir, { recursive: true, withFileTypes: true });
      const texts = await Promise.all(
        // A file being replaced (write to a temporary name, then rename) may vanish between the two calls.
        entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8').catch(() => '')),
      );
      return texts.join('\n');
    },
    async dispose() {
      await harness.core.stop();
      // A shop server made here outlives its core (it serves the other counters): not the folder.
      await stopShopServerIn(temp.dir);
      await vault.cleanup();
      await temp.cleanup();
    },
  };
  return harness;
}
