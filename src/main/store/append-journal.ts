import { randomUUID } from 'node:crypto';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Clock } from '../clock';
import { syncFolder, writeAtomically } from './atomic-json-file';
import type { NoticeBoard } from './notice-board';
import { classifyWriteError } from './storage-failure';

/**
 * An append-only file of JSON lines, each on disk (fdatasync) before `append` resolves. A store
 * writes its snapshot now and then and its changes here in between: one small append per change
 * instead of rewriting the whole document. Every line carries the epoch of the snapshot it
 * follows, so lines already folded into a newer snapshot (a crash between writing the snapshot and
 * emptying the journal) and lines of another data set (a restored backup) are never replayed.
 */
export class AppendJournal {
  private lines = 0;
  private bytes = 0;

  private constructor(
    readonly path: string,
    private handle: FileHandle,
  ) {}

  /** Opens (creating it durably when absent) the journal for appending. */
  static async open(path: string): Promise<AppendJournal> {
    try {
      const handle = await open(path, 'a');
      const { size } = await handle.stat();
      const journal = new AppendJournal(path, handle);
      journal.bytes = size;
      // The new file's name must survive a power cut as well as its lines.
      if (size === 0) await syncFolder(dirname(path));
      return journal;
    } catch (error) {
      throw classifyWriteError(error, path);
    }
  }

  /** The lines written to this journal, in order, with the ones a crash cut short left out. */
  static async read(path: string): Promise<JournalLines> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], damaged: 0, text: '' };
      throw error;
    }
    const parts = text.split('\n');
    // The last part has no newline: a line whose append never finished (never acknowledged).
    parts.pop();
    const entries: unknown[] = [];
    let damaged = 0;
    for (const part of parts) {
      try {
        entries.push(JSON.parse(part) as unknown);
      } catch {
        damaged++;
      }
    }
    return { entries, damaged, text };
  }

  get size(): { lines: number; bytes: number } {
    return { lines: this.lines, bytes: this.bytes };
  }

  /** Appends one line (JSON text without a newline) and waits until it is on disk. */
  append(json: string): Promise<void> {
    return this.appendAll([json]);
  }

  /** Appends several lines with one write and one flush (a batch arriving together). */
  async appendAll(jsons: readonly string[]): Promise<void> {
    const text = jsons.map((json) => `${json}\n`).join('');
    try {
      await this.handle.write(text);
      await this.handle.datasync();
    } catch (error) {
      throw classifyWriteError(error, this.path);
    }
    this.lines += jsons.length;
    this.bytes += Buffer.byteLength(text);
  }

  /**
   * Empties the journal (after its lines went into a snapshot). Reopened for writing rather than
   * truncated through the append handle: Windows does not let an append-only handle truncate.
   */
  async clear(): Promise<void> {
    try {
      await this.handle.close();
      const emptied = await open(this.path, 'w');
      try {
        await emptied.datasync();
      } finally {
        await emptied.close();
      }
      this.handle = await open(this.path, 'a');
    } catch (error) {
      throw classifyWriteError(error, this.path);
    }
    this.lines = 0;
    this.bytes = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export interface JournalLines {
  entries: unknown[];
  /** Lines that were complete but not JSON (damage on disk, not a crash). */
  damaged: number;
  /** The whole file as read, to keep a copy when something in it could not be used. */
  text: string;
}

/** A journal with lines that could not be used: a copy is kept next to it and the user is told. */
export async function keepDamagedJournal(path: string, text: string, store: string, notices: NoticeBoard, clock: Clock): Promise<void> {
  const at = clock.now();
  const backupPath = `${path}.${at.toISOString().replace(/[:.]/g, '-')}.bak`;
  const kept = await writeAtomically(backupPath, text).then(
    () => true,
    () => false,
  );
  notices.add({ id: randomUUID(), kind: 'store-part-recovered', store, backupPath: kept ? backupPath : '', at: at.toISOString() });
}
