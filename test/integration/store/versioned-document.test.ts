import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { VersionedDocument, type DocumentSpec } from '../../../src/main/store/versioned-document';
import { makeTempDir } from '../../support/temp-dir';

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };

/**
 * A store at version 3 whose history is real on disk: the fixtures under test/fixtures/stores are
 * files as versions 1 and 2 wrote them (v1 kept `lang` and a price in lira as a float string; v2
 * renamed `lang` to `language`; v3 stores integer kuruş).
 */
const v3Schema = z.object({ language: z.enum(['tr', 'en']), prices: z.array(z.number().int()) });
const spec: DocumentSpec<z.infer<typeof v3Schema>> = {
  store: 'sample',
  fileName: 'sample.json',
  version: 3,
  schema: v3Schema,
  defaults: () => ({ language: 'tr', prices: [] }),
  migrations: {
    1: (old) => {
      const { lang, prices } = old as { lang: string; prices: string[] };
      return { language: lang, prices };
    },
    2: (old) => {
      const { language, prices } = old as { language: string; prices: string[] };
      return { language, prices: prices.map((p) => Math.round(Number(p) * 100)) };
    },
  },
};

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const fixture = (name: string) => join(__dirname, '../../fixtures/stores', name);

describe('VersionedDocument', () => {
  it('starts from defaults and writes a versioned file', async () => {
    const doc = await VersionedDocument.open(dir, spec, new NoticeBoard(), clock);
    expect(doc.value).toEqual({ language: 'tr', prices: [] });
    expect(JSON.parse(await readFile(join(dir, 'sample.json'), 'utf8'))).toEqual({
      schemaVersion: 3,
      data: { language: 'tr', prices: [] },
    });
  });

  it.each(['sample.v1.json', 'sample.v2.json'])('migrates the real older file %s', async (name) => {
    await copyFile(fixture(name), join(dir, 'sample.json'));
    const notices = new NoticeBoard();
    const doc = await VersionedDocument.open(dir, spec, notices, clock);
    expect(doc.value).toEqual({ language: 'en', prices: [1445, 125050] });
    expect(notices.list()).toEqual([]);
    const onDisk = JSON.parse(await readFile(join(dir, 'sample.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
  });

  it.each([
    ['truncated JSON', '{"schemaVersion":3,"data":{"langu'],
    ['not an envelope', '[1,2,3]'],
    ['wrong types', '{"schemaVersion":3,"data":{"language":"de","prices":[]}}'],
    ['binary garbage', '\u0000\u0001\u0002'],
  ])('sets a damaged file (%s) aside, tells the user and keeps working', async (_label, content) => {
    await writeFile(join(dir, 'sample.json'), content);
    const notices = new NoticeBoard();
    const doc = await VersionedDocument.open(dir, spec, notices, clock);
    expect(doc.value).toEqual(spec.defaults());
    const [notice] = notices.list();
    expect(notice).toMatchObject({ kind: 'store-recovered', store: 'sample' });
    expect(await readFile(notice!.backupPath, 'utf8')).toBe(content);
    await doc.update((d) => ({ ...d, prices: [1] }));
    expect(JSON.parse(await readFile(join(dir, 'sample.json'), 'utf8')).data.prices).toEqual([1]);
  });

  it('never overwrites a file from a newer version of the app', async () => {
    const newer = '{"schemaVersion":9,"data":{"future":true}}';
    await writeFile(join(dir, 'sample.json'), newer);
    const notices = new NoticeBoard();
    await VersionedDocument.open(dir, spec, notices, clock);
    expect(notices.list()[0]).toMatchObject({ kind: 'store-newer-version' });
    expect(await readFile(notices.list()[0]!.backupPath, 'utf8')).toBe(newer);
  });

  it('serialises concurrent updates without losing any', async () => {
    const doc = await VersionedDocument.open(dir, spec, new NoticeBoard(), clock);
    await Promise.all(Array.from({ length: 50 }, (_, i) => doc.update((d) => ({ ...d, prices: [...d.prices, i] }))));
    expect(doc.value.prices).toHaveLength(50);
    const reopened = await VersionedDocument.open(dir, spec, new NoticeBoard(), clock);
    expect(reopened.value.prices).toHaveLength(50);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps memory and file unchanged when a change is invalid', async () => {
    const doc = await VersionedDocument.open(dir, spec, new NoticeBoard(), clock);
    await doc.update((d) => ({ ...d, prices: [5] }));
    await expect(doc.update((d) => ({ ...d, prices: [1.5] }))).rejects.toThrow();
    expect(doc.value.prices).toEqual([5]);
    expect(JSON.parse(await readFile(join(dir, 'sample.json'), 'utf8')).data.prices).toEqual([5]);
  });
});
