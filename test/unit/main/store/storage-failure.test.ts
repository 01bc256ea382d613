import { said } from '../../../support/said';
import { describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../../src/main/store/notice-board';
import { classifyWriteError, StorageFailure, tellStorageFailure } from '../../../../src/main/store/storage-failure';

const clock = { now: () => new Date('2026-12-03T09:00:00Z') };

/**
 * A full disk and a read-only mount cannot be produced in this environment (no tmpfs or loop
 * mounts), so these errors are made the way Node reports them: an Error with the kernel's code.
 * A real permission error goes through the whole write path in intent-write-failure.test.ts.
 */
const osError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('classifyWriteError', () => {
  it.each([
    ['ENOSPC', 'disk-full', /The disk is full/],
    ['EDQUOT', 'disk-full', /The disk is full/],
    ['EROFS', 'read-only', /data folder is read-only/],
    ['EACCES', 'no-permission', /not allowed to write/],
    ['EPERM', 'no-permission', /not allowed to write/],
  ])('%s becomes a storage-write-failed with words for the user (%s)', (code, problem, words) => {
    const failure = classifyWriteError(osError(code), '/data/outbox.json') as StorageFailure;
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(failure.problem).toBe(problem);
    expect(failure.error).toMatchObject({ code: 'storage-write-failed', retryable: false, message: `Could not write outbox.json (${code})` });
    expect(said(failure.error, 'en')).toMatch(words);
    expect(said(failure.error, 'tr')).toBeTruthy();
    expect(said(failure.error, 'en')).not.toMatch(/something/i);
  });

  it('leaves other errors as they are', () => {
    const other = osError('EIO');
    expect(classifyWriteError(other, '/data/outbox.json')).toBe(other);
  });

  it('says whether the link may have been created once the provider answered, and shows that banner once', () => {
    const failure = classifyWriteError(osError('ENOSPC'), '/data/history/segment-000001.json') as StorageFailure;
    const after = failure.withOutcome('may-have-been-created');
    expect(said(after.error, 'en')).toMatch(/The disk is full.*The link may have been created.*Check the outbox/);
    expect(said(after.error, 'tr')).toMatch(/Disk dolu.*oluşturulmuş olabilir.*Giden kutusu/);
    const notices = new NoticeBoard();
    tellStorageFailure(notices, failure, 'history', 'may-have-been-created', clock);
    tellStorageFailure(notices, failure, 'history', 'may-have-been-created', clock);
    expect(notices.list()).toMatchObject([{ kind: 'store-write-failed', store: 'history', problem: 'disk-full', outcome: 'may-have-been-created' }]);
  });
});
