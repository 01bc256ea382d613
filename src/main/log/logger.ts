import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../clock';
import type { Redactor } from './redactor';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, event: string, detail?: unknown): void;
  /** Resolves when everything logged so far is on disk. */
  flush(): Promise<void>;
}

const MAX_BYTES = 1024 * 1024;
const KEEP_FILES = 3;

/**
 * JSON-lines log in `<dataDir>/logs/paydesk.log`, redacted before it is written, rotated at 1 MiB
 * (paydesk.1.log … paydesk.3.log). Logging never throws into the caller.
 */
export function createFileLogger(dataDir: string, redactor: Redactor, clock: Clock): Logger {
  const folder = join(dataDir, 'logs');
  const file = join(folder, 'paydesk.log');
  let queue: Promise<void> = mkdir(folder, { recursive: true }).then(() => undefined);
  const write = async (line: string) => {
    const size = await stat(file).then((s) => s.size, () => 0);
    if (size + line.length > MAX_BYTES) await rotate(folder);
    await appendFile(file, line, 'utf8');
  };
  return {
    log(level, event, detail) {
      const entry: Record<string, unknown> = { at: clock.now().toISOString(), level, event };
      if (detail !== undefined) entry.detail = redactor.redactValue(detail);
      const line = `${redactor.redact(JSON.stringify(entry))}\n`;
      queue = queue.then(() => write(line)).catch(() => undefined);
    },
    flush: () => queue,
  };
}

async function rotate(folder: string): Promise<void> {
  for (let i = KEEP_FILES - 1; i >= 1; i--) {
    await rename(join(folder, `paydesk.${i}.log`), join(folder, `paydesk.${i + 1}.log`)).catch(() => undefined);
  }
  await rename(join(folder, 'paydesk.log'), join(folder, 'paydesk.1.log')).catch(() => undefined);
}
