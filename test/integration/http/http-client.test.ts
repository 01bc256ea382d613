import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/main/http/http-client';
import { HttpFailure } from '../../../src/main/http/http-failure';

/** The client's deadline and size cap against a real local server misbehaving on purpose. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/never-finishes') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":');
      return;
    }
    if (req.url === '/no-answer') return;
    if (req.url === '/huge') {
      res.writeHead(200);
      res.end('x'.repeat(3 * 1024 * 1024));
      return;
    }
    if (req.url === '/reset') return void req.socket.destroy();
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const http = createHttpClient();

/** A port that was free a moment ago and has nothing listening now. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
const failureKind = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: unknown) => (error instanceof HttpFailure ? error.kind : `unexpected: ${String(error)}`),
  );

describe('createHttpClient', () => {
  it('reads a normal answer', async () => {
    expect(await http.request({ method: 'GET', url: `${base}/ok` })).toMatchObject({ status: 200, text: '{"ok":true}' });
  });

  it.each([1, 2, 3, 4, 5])('a body that never finishes ends in a timeout at the deadline (run %i)', async () => {
    expect(await failureKind(http.request({ method: 'POST', url: `${base}/never-finishes`, timeoutMs: 300 }))).toBe('timeout');
  });

  it('no answer at all is a timeout', async () => {
    expect(await failureKind(http.request({ method: 'POST', url: `${base}/no-answer`, timeoutMs: 300 }))).toBe('timeout');
  });

  it('a body over the cap is refused', async () => {
    expect(await failureKind(http.request({ method: 'GET', url: `${base}/huge`, maxBytes: 1024 * 1024 }))).toBe('too-large');
  });

  it('a dropped connection after the request left is a reset; a closed port is unreachable', async () => {
    expect(await failureKind(http.request({ method: 'POST', url: `${base}/reset` }))).toBe('reset');
    expect(await failureKind(http.request({ method: 'POST', url: `http://127.0.0.1:${await closedPort()}/x` }))).toBe('unreachable');
    // A port fetch itself refuses (the "bad ports" list) is never contacted either.
    expect(await failureKind(http.request({ method: 'POST', url: 'http://127.0.0.1:9/x' }))).toBe('unreachable');
  });
});
