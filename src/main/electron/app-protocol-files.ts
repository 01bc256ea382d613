// `fs.promises.*` looked up at call time, not imported by name: the packaged renderer is inside
// app.asar, which Electron reads by patching the `fs` module object at start-up.
import fs from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { APP_HOST, APP_ORIGIN } from './renderer-origin';

/** The file types the renderer build is made of; anything else is not served. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wav': 'audio/wav',
};

export interface AppResponse {
  status: 200 | 403 | 404 | 405;
  headers: Record<string, string>;
  /** Absent for HEAD and for refusals. */
  body?: Uint8Array;
}

export function contentTypeOf(path: string): string | undefined {
  return CONTENT_TYPES[extname(path).toLowerCase()];
}

/**
 * Maps a request URL (`app://paydesk/assets/x.js`, or a bare path `/assets/x.js`) to a file inside
 * `root`, `index.html` for a folder. A path is always read below `root` (`//etc/passwd` is
 * `root/etc/passwd`); undefined for anything that would leave it however it is spelt (`..`,
 * `%2e%2e`, `..%2f`) and for characters no built file has: NUL, backslashes and colons (Windows
 * drive letters and alternate data streams).
 */
export function rendererFilePath(root: string, url: string): string | undefined {
  const pathname = decodedPath(parseUrl(url));
  if (pathname === undefined || /[\0\\:]/.test(pathname)) return undefined;
  const base = resolve(root);
  const file = resolve(base, `./${pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  return file.startsWith(base + sep) ? file : undefined;
}

/**
 * The answer to one request for the renderer: only GET/HEAD, only our host, only known file types
 * under `root`, each with its MIME type, `nosniff` and the app's Content-Security-Policy.
 */
export async function answerRendererRequest(root: string, request: { url: string; method: string }): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  if (parseUrl(request.url)?.host !== APP_HOST) return refusal(404);
  const file = rendererFilePath(root, request.url);
  if (!file) return refusal(403);
  const contentType = contentTypeOf(file);
  const info = await fs.promises.stat(file).catch(() => undefined);
  if (!contentType || !info?.isFile()) return refusal(404);
  const headers = {
    'Content-Type': contentType,
    'Content-Length': String(info.size),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  };
  if (request.method === 'HEAD') return { status: 200, headers };
  return { status: 200, headers, body: await fs.promises.readFile(file) };
}

/** Absolute URLs as they are; a bare path as if on our origin. */
function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url, APP_ORIGIN);
  } catch {
    return undefined;
  }
}

function decodedPath(url: URL | undefined): string | undefined {
  try {
    return url && decodeURIComponent(url.pathname);
  } catch {
    return undefined; // a malformed escape such as `%E0%A4%A`
  }
}

function refusal(status: AppResponse['status']): AppResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } };
}
