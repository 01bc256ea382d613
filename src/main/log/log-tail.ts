import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOG_FILE, LOG_FOLDER } from './logger';

/**
 * The last `count` lines of the log, oldest first, continuing into the previous (rotated) file
 * when the current one is short. Missing files are simply empty.
 */
export async function readRecentLogLines(dataDir: string, count: number): Promise<string[]> {
  const folder = join(dataDir, LOG_FOLDER);
  const lines: string[] = [];
  for (const name of [LOG_FILE, 'paydesk.1.log']) {
    if (lines.length >= count) break;
    const text = await readFile(join(folder, name), 'utf8').catch(() => '');
    const fileLines = text.split('\n').filter((line) => line.trim() !== '');
    lines.unshift(...fileLines.slice(-(count - lines.length)));
  }
  return lines;
}
