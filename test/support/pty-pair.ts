import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp-dir';

/**
 * Two connected pseudo-terminals from socat (`socat pty,raw,echo=0 pty,raw,echo=0`): a serial
 * printer's cable in software. PayDesk opens `printerSide` as its serial port; the test reads
 * what arrives on `testSide`.
 */
export interface PtyPair {
  printerSide: string;
  testSide: string;
  stop(): Promise<void>;
}

/** Why serial tests cannot run here, or undefined when they can. */
export function ptyPairUnavailable(): string | undefined {
  if (process.platform === 'win32') return 'pseudo-terminals need Linux or macOS';
  if (spawnSync('socat', ['-V'], { stdio: 'ignore' }).status !== 0) return 'socat is not installed (apt-get install -y socat)';
  return undefined;
}

export async function startPtyPair(): Promise<PtyPair> {
  const temp = await makeTempDir();
  const printerSide = join(temp.dir, 'printer');
  const testSide = join(temp.dir, 'test');
  const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${printerSide}`, `pty,raw,echo=0,link=${testSide}`], { stdio: 'ignore' });
  const deadline = Date.now() + 5000;
  while (!(existsSync(printerSide) && existsSync(testSide))) {
    if (Date.now() > deadline || socat.exitCode !== null) throw new Error('socat did not create the pseudo-terminals');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    printerSide,
    testSide,
    async stop() {
      if (socat.exitCode === null) {
        const exited = new Promise((resolve) => socat.once('exit', resolve));
        socat.kill('SIGTERM');
        await exited;
      }
      await temp.cleanup();
    },
  };
}
