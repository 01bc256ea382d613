import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { writeAtomically } from '../store/atomic-json-file';
import type { AccountService } from './account-service';

/** Left in the data folder while bare entries still wait to be deleted after a restore. */
export const LEGACY_AFTER_RESTORE_MARKER = 'legacy-secrets-after-restore.json';

/**
 * Start-up step for keychain entries older versions wrote without an address (see
 * AccountSecrets.settleLegacy): bound to the account's address, or deleted on the start that
 * applies a restore. If the keychain does not answer on that start, a marker keeps the next starts
 * deleting rather than binding them to the restored addresses.
 */
export async function settleLegacySecrets(dataDir: string, accounts: AccountService, restoreApplied: boolean, logger: Logger): Promise<void> {
  const marker = join(dataDir, LEGACY_AFTER_RESTORE_MARKER);
  const afterRestore = restoreApplied || (await stat(marker).then(() => true, () => false));
  try {
    const count = await accounts.settleLegacySecrets(afterRestore ? 'delete' : 'bind');
    if (afterRestore) await rm(marker, { force: true });
    if (count > 0) logger.log('info', 'secrets.legacy-settled', { count, deleted: afterRestore });
  } catch {
    if (afterRestore) await writeAtomically(marker, '{}').catch(() => undefined);
    logger.log('warn', 'secrets.legacy-unsettled', { afterRestore });
  }
}
