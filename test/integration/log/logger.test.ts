import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecentLogLines } from '../../../src/main/log/log-tail';
import { createFileLogger } from '../../../src/main/log/logger';
import { Redactor } from '../../../src/main/log/redactor';
import { makeTempDir } from '../../support/temp-dir';

const fixedClock = (iso: string) => ({ now: () => new Date(iso) });
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => (temp = await makeTempDir()));
afterEach(() => temp.cleanup());

const logFolder = () => join(temp.dir, 'logs');
const readLines = async (name = 'paydesk.log') =>
  (await readFile(join(logFolder(), name), 'utf8')).split('\n').filter(Boolean);

describe('file logger', () => {
  it('writes one JSON object per line, redacted on disk', async () => {
    const redactor = new Redactor();
    redactor.register('merchant-key-XYZ');
    const logger = createFileLogger(temp.dir, redactor, fixedClock('2025-11-22T08:00:00.000Z'));
    logger.log('info', 'provider.request', {
      headers: { Authorization: 'Bearer abcdef123456' },
      body: 'merchant_id=1&paytr_token=Zm9vYmFyYmF6',
      note: 'key merchant-key-XYZ card 4111 1111 1111 1111',
    });
    logger.log('error', 'handler.failed', new Error('refused merchant-key-XYZ'));
    await logger.flush();

    const text = await readFile(join(logFolder(), 'paydesk.log'), 'utf8');
    for (const leaked of ['merchant-key-XYZ', 'abcdef123456', 'Zm9vYmFyYmF6', '4111 1111 1111 1111']) {
      expect(text).not.toContain(leaked);
    }
    const lines = (await readLines()).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ at: '2025-11-22T08:00:00.000Z', level: 'info', event: 'provider.request' });
    expect(String(lines[0]!.detail)).toContain('411111******1111');
    expect(lines[1]).toMatchObject({ level: 'error', event: 'handler.failed' });
  });

  it('rotates before a file would pass the limit and keeps only the newest files', async () => {
    const logger = createFileLogger(temp.dir, new Redactor(), fixedClock('2025-11-22T08:00:00.000Z'), {
      maxBytes: 2000,
      keepFiles: 2,
    });
    for (let i = 0; i < 60; i++) logger.log('info', 'tick', { i, pad: 'x'.repeat(100) });
    await logger.flush();

    const files = (await readdir(logFolder())).sort();
    expect(files).toEqual(['paydesk.1.log', 'paydesk.2.log', 'paydesk.log']);
    for (const name of files) {
      const size = Buffer.byteLength(await readFile(join(logFolder(), name), 'utf8'));
      expect(size, name).toBeLessThanOrEqual(2000);
    }
    // The newest entry is last in the current file; older ones went to .1, then .2.
    const indexes = async (name: string) => (await readLines(name)).map((l) => (JSON.parse(l) as { detail: string }).detail);
    expect((await indexes('paydesk.log')).at(-1)).toContain('"i":59');
    const recent = await readRecentLogLines(temp.dir, 15);
    expect(recent).toHaveLength(15);
    expect(recent.at(-1)).toContain('\\"i\\":59');
    expect(recent[0]).toContain('\\"i\\":45');
  });

  it('reads no lines when nothing was logged', async () => {
    expect(await readRecentLogLines(temp.dir, 10)).toEqual([]);
  });
});
