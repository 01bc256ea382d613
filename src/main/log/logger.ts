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

export interface LogLimits {
  /** The current file is rotated before it would grow past this. */
  maxBytes: number;
  /** How many rotated files are kept besides the current one. */
  keepFiles: number;
}

const DEFAULT_LIMITS: LogLimits = { maxBytes: 1024 * 1024, keepFiles: 3 };
export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'paydesk.log';

/**
 * JSON-lines log in `<dataDir>/logs/paydesk.log`, redacted before it is written, rotated at 1 MiB
 * (paydesk.1.log … paydesk.3.log). Logging never throws into the caller.
 */
export function createFileLogger(
  dataDir: string,
  redactor: Redactor,
  clock: Clock,
  limits: LogLimits = DEFAULT_LIMITS,
): Logger {
  const folder = join(dataDir, LOG_FOLDER);
  const file = join(folder, LOG_FILE);
  let queue: Promise<void> = mkdir(folder, { recursive: true }).then(() => undefined);
  const write = async (line: string) => {
    const size = await stat(file).then((s) => s.size, () => 0);
    if (size > 0 && size + Buffer.byteLength(line) > limits.maxBytes) await rotate(folder, limits.keepFiles);
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

async function rotate(folder: string, keepFiles: number): Promise<void> {
  for (let i = keepFiles - 1; i >= 1; i--) {
    await rename(join(folder, `paydesk.${i}.log`), join(folder, `paydesk.${i + 1}.log`)).catch(() => undefined);
  }
  await rename(join(folder, LOG_FILE), join(folder, 'paydesk.1.log')).catch(() => undefined);
}
