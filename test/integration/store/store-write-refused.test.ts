import { said } from '../../support/said';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/clock';
import { AccountsStore } from '../../../src/main/store/accounts-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { AppFailure } from '../../../src/shared/result';
import { makeFolderReadOnly } from '../../support/read-only-folder';
import { makeTempDir } from '../../support/temp-dir';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('a damaged file in a folder that refuses writes', () => {
  it('is left in place, and a change is refused with the notice\'s words (not "something went wrong")', async (context) => {
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    await writeFile(join(temp.dir, 'accounts.json'), '{"schemaVersion":1,"data":{"acc');
    const undo = await makeFolderReadOnly(temp.dir);
    if (!undo) return context.skip('no way to make a folder read-only here (needs chattr as root, or a non-root user)');
    cleanups.unshift(undo);
    const notices = new NoticeBoard();
    const store = await AccountsStore.open(temp.dir, notices, systemClock);
    expect(notices.list()).toMatchObject([{ kind: 'store-unreadable', store: 'accounts', backupPath: '' }]);
    const refused = await store.remove('acc_0000000000000001').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppFailure);
    expect((refused as AppFailure).error.code).toBe('storage-write-failed');
    expect(said((refused as AppFailure).error, 'en')).toMatch(/could not be set aside either.*Check the file permissions/);
  });
});
