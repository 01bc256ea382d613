import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { classifyWriteError } from './storage-failure';

/** The file exists but is not JSON (truncated, overwritten, binary). */
export class UnparsableFileError extends Error {
  constructor(readonly path: string) {
    super(`${basename(path)} is not valid JSON`);
    this.name = 'UnparsableFileError';
  }
}

/**
 * A lowdb adapter whose writes survive a crash or power cut: write a temp file, fsync it, rename
 * it over the old one, fsync the folder. Writes are serialised so the newest one lands last.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  /** `serialize` lets a caller reuse cached JSON for unchanged parts (history segments). */
  constructor(
    readonly path: string,
    private readonly serialize: (data: T) => string = (data) => JSON.stringify(data),
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new UnparsableFileError(this.path);
    }
  }

  write(data: T): Promise<void> {
    const next = this.queue.then(() => writeAtomically(this.path, this.serialize(data)));
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * Temp file + rename, so a reader never sees half a file. `durable: false` skips both fsyncs: only
 * for caches that are checked on read and rebuilt (after a power cut such a file may be empty).
 * Disk full, read-only and permission errors reject as a StorageFailure (classified here, once).
 */
export async function writeAtomically(path: string, text: string, { durable = true } = {}): Promise<void> {
  try {
    await writeThroughTemp(path, text, durable);
  } catch (error) {
    throw classifyWriteError(error, path);
  }
}

async function writeThroughTemp(path: string, text: string, durable: boolean): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    if (durable) await handle.sync();
  } catch (error) {
    // A half-written temp file (disk full) would keep the space taken: drop it.
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  if (durable) await syncFolder(dirname(path));
}

/** Makes renames into `folder` durable; folders cannot be fsynced on Windows, where it is skipped. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
