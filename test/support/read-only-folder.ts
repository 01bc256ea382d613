import { execFile } from 'node:child_process';
import { chmod, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Makes `folder` refuse writes for real, until the returned undo runs: no new files, and no writes
 * to the files already in it (an append-only journal writes to an existing file). As root (CI
 * containers) permission bits do not stop writes, so the folder and its files are made immutable
 * (`chattr +i`: even root gets EPERM); otherwise they are `chmod 555` / `444` (EACCES). Undefined
 * when neither works here (the test then says why it skipped).
 */
export async function makeFolderReadOnly(folder: string): Promise<(() => Promise<void>) | undefined> {
  if (process.platform === 'win32') return undefined;
  const files = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(folder, e.name));
  if (process.getuid?.() !== 0) {
    for (const file of files) await chmod(file, 0o444);
    await chmod(folder, 0o555);
    return async () => {
      await chmod(folder, 0o755);
      for (const file of files) await chmod(file, 0o644);
    };
  }
  try {
    await run('chattr', ['+i', folder, ...files]);
  } catch {
    return undefined;
  }
  return async () => {
    await run('chattr', ['-i', folder, ...files]);
  };
}
