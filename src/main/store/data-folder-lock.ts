import { userText } from '@shared/i18n/user-text';
import { mkdir, readFile, rm, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { AppFailure } from '@shared/result';
import { writeAtomically } from './atomic-json-file';
import { classifyWriteError } from './storage-failure';

/** The lock itself: a folder made with mkdir (atomic, also on network shares), its time kept fresh while held. */
export const LOCK_DIR_NAME = 'paydesk.lock';
/** Who holds the lock (pid, computer), so a start after a crash on this computer need not wait. */
export const LOCK_OWNER_FILE_NAME = 'paydesk.lock-owner.json';
/** A lock not refreshed for this long belongs to a PayDesk that is gone (crashed, or its computer is off). */
export const DEFAULT_LOCK_STALE_MS = 10_000;
const RETRY_EVERY_MS = 500;

interface LockOwner {
  pid: number;
  host: string;
}

export interface DataFolderLock {
  release(): Promise<void>;
}

export interface DataFolderLockOptions {
  /** proper-lockfile's `stale` (at least 2 s); tests shorten it. */
  staleMs?: number;
  /** The lock was taken from us (e.g. removed by hand) and could not be taken back. */
  onLost?: (error: unknown) => void;
}

/**
 * Makes this process the only PayDesk core on `dataDir`, or refuses with `data-folder-in-use`.
 * Two cores on one folder both drain the outbox, so each link would be created twice at the
 * provider. A lock left by a crash is taken over: at once when its owner was a process of this
 * computer that no longer runs, otherwise once it is stale (not refreshed for `staleMs`).
 */
export async function lockDataFolder(dataDir: string, options: DataFolderLockOptions = {}): Promise<DataFolderLock> {
  const staleMs = Math.max(options.staleMs ?? DEFAULT_LOCK_STALE_MS, 2000);
  await mkdir(dataDir, { recursive: true }).catch((error: unknown) => {
    throw classifyWriteError(error, dataDir);
  });
  const lockPath = join(dataDir, LOCK_DIR_NAME);
  const ownerPath = join(dataDir, LOCK_OWNER_FILE_NAME);
  let release: () => Promise<void>;
  const take = (waitMs: number) =>
    lock(dataDir, {
      lockfilePath: lockPath,
      stale: staleMs,
      retries: { retries: Math.ceil(waitMs / RETRY_EVERY_MS), factor: 1, minTimeout: RETRY_EVERY_MS, maxTimeout: RETRY_EVERY_MS },
      // Someone removed or replaced our lock: take it back if it is free, else say so.
      onCompromised: (error) => {
        take(0).then(
          (again) => (release = again),
          () => options.onLost?.(error),
        );
      },
    }).catch((error: unknown) => {
      throw isHeld(error) ? folderInUse() : classifyWriteError(error, lockPath);
    });

  try {
    release = await take(0);
  } catch (error) {
    if (!(error instanceof AppFailure && error.error.code === 'data-folder-in-use')) throw error;
    const owner = await readOwner(ownerPath);
    if (owner?.host === hostname() && processRuns(owner.pid)) throw error;
    // An owner on this computer that no longer runs: age the lock so it counts as stale at once.
    // (Two PayDesks starting in the same instant after a crash could both do this; Electron's
    // single-instance lock already keeps a second app from starting on one computer.)
    if (owner?.host === hostname()) await utimes(lockPath, new Date(0), new Date(0)).catch(() => undefined);
    // Another computer's lock (a network share) or no owner file: wait until it would have gone stale.
    release = await take(owner?.host === hostname() ? 0 : staleMs + 2 * RETRY_EVERY_MS);
  }
  const owner: LockOwner = { pid: process.pid, host: hostname() };
  await writeAtomically(ownerPath, JSON.stringify(owner), { durable: false }).catch(() => undefined);
  return {
    async release() {
      await rm(ownerPath, { force: true }).catch(() => undefined);
      // Already released (or taken from us): nothing left to let go of.
      await release().catch(() => undefined);
    },
  };
}

function folderInUse(): AppFailure {
  return AppFailure.of('data-folder-in-use', 'Another PayDesk core holds the data folder lock', {
    userText: userText('storage.data-folder-in-use'),
  });
}

function isHeld(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ELOCKED';
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 only asks whether the process exists; EPERM means it does (another user's). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
