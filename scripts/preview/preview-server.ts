import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy';
import type { Core } from '../../src/main/core';
import { startStaticServer, type StaticServer } from '../../test/support/static-server';

const MAX_BODY = 2 * 1024 * 1024;
/** The app's policy, except that the page may call back to this server (the bridge does). */
const PREVIEW_CSP = CONTENT_SECURITY_POLICY.replace("connect-src 'none'", "connect-src 'self'");

/**
 * Serves the built renderer on 127.0.0.1 with `window.paydesk` bridged over HTTP to a real core.
 * Every API call needs the per-run token; Host and Origin must be our own address (no DNS rebinding).
 */
export async function startPreviewServer(options: {
  core: Core;
  rendererDir: string;
  token: string;
  port?: number;
}): Promise<StaticServer> {
  const { core, rendererDir, token } = options;
  const bridgeJs = await readFile(join(import.meta.dirname, 'bridge.js'), 'utf8');
  let origin = '';

  const tokenOk = (given: string | null | undefined) =>
    !!given && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));
  const ownHost = (req: IncomingMessage) =>
    req.headers.host === origin.slice('http://'.length) && (!req.headers.origin || req.headers.origin === origin);

  const server = await startStaticServer({
    root: rendererDir,
    port: options.port,
    headers: { 'Content-Security-Policy': PREVIEW_CSP },
    handle: async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!ownHost(req)) return reply(res, 403, 'Forbidden'), true;
      if (url.pathname === '/' || url.pathname === '/index.html') {
        return reply(res, 200, await previewIndex(rendererDir), 'text/html; charset=utf-8'), true;
      }
      if (url.pathname === '/__preview/bridge.js') return reply(res, 200, bridgeJs, 'text/javascript; charset=utf-8'), true;
      if (url.pathname === '/__preview/invoke' && req.method === 'POST') {
        if (!tokenOk(req.headers['x-paydesk-token'] as string | undefined)) return reply(res, 401, 'Token required'), true;
        const body = await readJson(req);
        const result = body ? await core.invoke(body.channel, body.input) : { ok: false, error: { code: 'invalid-input', message: 'Bad request', retryable: false } };
        return reply(res, 200, JSON.stringify(result), 'application/json; charset=utf-8'), true;
      }
      if (url.pathname === '/__preview/events') {
        if (!tokenOk(url.searchParams.get('token'))) return reply(res, 401, 'Token required'), true;
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        const off = core.events.onAny((name, payload) => res.write(`data: ${JSON.stringify({ name, payload })}\n\n`));
        req.on('close', off);
        return true;
      }
      return false;
    },
  });
  origin = `http://127.0.0.1:${server.port}`;
  return server;
}

/** The app's index.html, plus the bridge script and `connect-src 'self'` for it (the app itself has none). */
async function previewIndex(rendererDir: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  return html
    .replace("connect-src 'none'", "connect-src 'self'")
    .replace('</head>', '    <script src="/__preview/bridge.js"></script>\n  </head>');
}

async function readJson(req: IncomingMessage): Promise<{ channel: unknown; input: unknown } | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { channel?: unknown; input?: unknown };
    return { channel: parsed.channel, input: parsed.input };
  } catch {
    return undefined;
  }
}

function reply(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': PREVIEW_CSP });
  res.end(body);
}
