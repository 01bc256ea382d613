import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { answerRendererRequest } from '../../src/main/electron/app-protocol-files';

export interface StaticServerOptions {
  /** The folder to serve (e.g. out/renderer). Nothing outside it is reachable. */
  root: string;
  /** 127.0.0.1 unless told otherwise: the renderer must never be served to the network. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Extra routes tried first (e.g. the web preview's bridge); return true when handled. */
  handle?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Headers added to (or replacing those of) every static answer. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A tiny GET-only file server for the built renderer (e2e tests and the browser preview). */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.handle && (await options.handle(req, res))) return;
    // The same rules as the app's own app:// handler: same files, MIME types, refusals, CSP.
    const answer = await answerRendererRequest(root, { url: req.url ?? '/', method: req.method ?? 'GET' });
    res.writeHead(answer.status, { ...answer.headers, 'Cache-Control': 'no-store', ...options.headers });
    res.end(answer.body);
  }

  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
