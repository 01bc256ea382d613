import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Notice, StorageProblem, WriteOutcome } from '@shared/domain/notice';
import { followedBy, userText } from '@shared/i18n/user-text';
import { AppFailure, fail, type UserText } from '@shared/result';
import type { Clock } from '../clock';
import type { NoticeBoard } from './notice-board';

/** OS error codes that mean "this folder cannot take writes", each with what the user can do about it. */
const problemOfCode: Readonly<Record<string, StorageProblem>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
};

const problemText: Readonly<Record<StorageProblem, UserText>> = {
  'disk-full': userText('storage.disk-full'),
  'read-only': userText('storage.read-only'),
  'no-permission': userText('storage.no-permission'),
};

const outcomeText: Readonly<Record<WriteOutcome, UserText>> = {
  'nothing-sent': userText('storage.nothing-sent'),
  'may-have-been-created': userText('storage.may-have-been-created'),
};

/** A data file could not be written for a reason the user can fix (never "something went wrong"). */
export class StorageFailure extends AppFailure {
  constructor(
    readonly problem: StorageProblem,
    readonly osCode: string,
    readonly fileName: string,
    outcome?: WriteOutcome,
  ) {
    super(
      fail('storage-write-failed', `Could not write ${fileName} (${osCode})`, {
        userText: outcome ? followedBy(problemText[problem], outcomeText[outcome]) : problemText[problem],
      }).error,
    );
    this.name = 'StorageFailure';
  }

  /** The same failure, saying what it means for the link (the caller knows whether the provider was asked). */
  withOutcome(outcome: WriteOutcome): StorageFailure {
    return new StorageFailure(this.problem, this.osCode, this.fileName, outcome);
  }
}

/**
 * The one place an fs error on a write is classified: disk full, read-only, no permission become a
 * StorageFailure with words for the user; anything else is returned unchanged.
 */
export function classifyWriteError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const problem = code ? problemOfCode[code] : undefined;
  return problem && code ? new StorageFailure(problem, code, basename(path)) : error;
}

/**
 * Puts up the banner for a write that failed: why, and whether anything reached the provider
 * (`nothing-sent`: the intent was not written, so no request left; `may-have-been-created`: a write
 * after the provider answered). The same banner is not put up twice while it is showing.
 */
export function tellStorageFailure(notices: NoticeBoard, failure: StorageFailure, store: string, outcome: WriteOutcome, clock: Clock): void {
  const showing = notices
    .list()
    .some((n) => n.kind === 'store-write-failed' && n.store === store && n.problem === failure.problem && n.outcome === outcome);
  if (showing) return;
  const notice: Notice = {
    id: randomUUID(),
    kind: 'store-write-failed',
    store,
    backupPath: '',
    at: clock.now().toISOString(),
    problem: failure.problem,
    outcome,
  };
  notices.add(notice);
}
