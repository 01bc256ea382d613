import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerRendererRequest, contentTypeOf, rendererFilePath } from '../../../src/main/electron/app-protocol-files';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/electron/content-security-policy';
import { makeTempDir } from '../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let root: string;
/** A file beside the renderer folder: what a traversal would try to read. */
let outside: string;
const get = (url: string, method = 'GET') => answerRendererRequest(root, { url, method });

beforeAll(async () => {
  temp = await makeTempDir();
  root = join(temp.dir, 'renderer');
  await mkdir(join(root, 'assets/fonts'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>PayDesk</title>');
  await writeFile(join(root, 'assets/index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets/index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets/fonts/noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(root, 'assets/logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets/chime.wav'), Buffer.from('RIFF'));
  await writeFile(join(root, 'assets/index-abc.js.map'), '{}');
  await writeFile(join(root, 'notes.txt'), 'not part of the build');
  outside = join(temp.dir, 'secret.js');
  await writeFile(outside, 'secret');
});
afterAll(() => temp.cleanup());

describe('app:// renderer files', () => {
  it('serves index.html for the bare origin, `/` and with a query or hash, with CSP and nosniff', async () => {
    const html = await readFile(join(root, 'index.html'));
    for (const url of ['app://paydesk', 'app://paydesk/', 'app://paydesk/index.html', 'app://paydesk/index.html?x=1#/history']) {
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(answer.headers).toMatchObject({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(html.length),
      });
      expect(Buffer.from(answer.body!).equals(html)).toBe(true);
    }
  });

  it('sends each built file with its MIME type', async () => {
    const expected = {
      'app://paydesk/assets/index-abc.js': 'text/javascript; charset=utf-8',
      'app://paydesk/assets/index-abc.css': 'text/css; charset=utf-8',
      'app://paydesk/assets/fonts/noto.woff2': 'font/woff2',
      'app://paydesk/assets/logo.svg': 'image/svg+xml',
      'app://paydesk/assets/chime.wav': 'audio/wav',
    };
    for (const [url, type] of Object.entries(expected)) {
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(answer.headers['Content-Type'], url).toBe(type);
    }
    expect(contentTypeOf('X.JS')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses every way out of the renderer folder', async () => {
    const attempts = [
      'app://paydesk/../secret.js',
      'app://paydesk/%2e%2e/secret.js',
      'app://paydesk/..%2fsecret.js',
      'app://paydesk/%2e%2e%2fsecret.js',
      'app://paydesk/assets/..%2F..%2Fsecret.js',
      'app://paydesk/..%5csecret.js',
      'app://paydesk/%2E%2E%5Csecret.js',
      `app://paydesk/${encodeURIComponent(outside)}`,
      `app://paydesk/${outside}`,
      'app://paydesk//etc/passwd',
      'app://paydesk/%2Fetc%2Fpasswd',
      'app://paydesk/index.html%00.js',
      'app://paydesk/C:/Windows/win.ini',
      'app://paydesk/index.html::$DATA',
      'app://paydesk/%E0%A4%A',
    ];
    for (const url of attempts) {
      const answer = await get(url);
      expect(answer.status, url).not.toBe(200);
      expect(answer.body, url).toBeUndefined();
      const file = rendererFilePath(root, url);
      if (file !== undefined) expect(file.startsWith(join(root, '/')), url).toBe(true);
    }
    for (const url of ['app://paydesk/..%2fsecret.js', 'app://paydesk/C:/Windows/win.ini', 'app://paydesk/a%5cb.js']) {
      expect(rendererFilePath(root, url), url).toBeUndefined();
    }
    expect((await get('app://paydesk/..%2fsecret.js')).status).toBe(403);
  });

  it('answers 404 for missing files, folders, files not part of a build, and other hosts', async () => {
    for (const url of [
      'app://paydesk/missing.js',
      'app://paydesk/assets',
      'app://paydesk/assets/',
      'app://paydesk/notes.txt',
      'app://paydesk/assets/index-abc.js.map',
      'app://other/index.html',
      'app:index.html',
    ]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body, url).toBeUndefined();
    }
  });

  it('answers GET and HEAD only; HEAD without a body', async () => {
    expect((await get('app://paydesk/', 'POST')).status).toBe(405);
    const head = await get('app://paydesk/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
  });

  it('maps bare request paths too (the e2e server serves the same folder over http)', () => {
    expect(rendererFilePath(root, '/assets/index-abc.js?v=1')).toBe(join(root, 'assets/index-abc.js'));
    expect(rendererFilePath(root, '/')).toBe(join(root, 'index.html'));
    expect(rendererFilePath(root, '/..%2f..%2fetc/passwd')).toBeUndefined();
  });
});
