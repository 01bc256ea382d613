import { execFile } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Makes `folder` refuse new files for real, until the returned undo runs. As root (CI containers)
 * permission bits do not stop writes, so the folder is made immutable (`chattr +i`: even root gets
 * EPERM); otherwise it is `chmod 555` (EACCES). Undefined when neither works here (the test then
 * says why it skipped).
 */
export async function makeFolderReadOnly(folder: string): Promise<(() => Promise<void>) | undefined> {
  if (process.platform === 'win32') return undefined;
  if (process.getuid?.() !== 0) {
    await chmod(folder, 0o555);
    return () => chmod(folder, 0o755);
  }
  try {
    await run('chattr', ['+i', folder]);
  } catch {
    return undefined;
  }
  return async () => {
    await run('chattr', ['-i', folder]);
  };
}
