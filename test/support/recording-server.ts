import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedHit {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>`: a host an attacker would point an account at. */
  url: string;
  readonly hits: RecordedHit[];
  /** Everything it received (request lines, headers, bodies) as one text, for "no secret arrived" checks. */
  receivedText(): string;
  close(): Promise<void>;
}

/** A local HTTP server that answers every request with an empty JSON object and remembers all of it. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const hits: RecordedHit[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      hits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    receivedText: () => JSON.stringify(hits),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
