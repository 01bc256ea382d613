import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callbackText, contentTypeFits, keptHeaders, routeOf, tokenShaped } from './callback-request';
import type { CallbackStore } from './callback-store';
import type { RelayConfig } from './relay-config';
import { RelayCounts, type RelayOutcome } from './relay-counts';
import { readBodyWithin } from './request-body';
import { TokenBuckets } from './token-buckets';

export interface RelayServer {
  readonly counts: RelayCounts;
  listen(): Promise<{ host: string; port: number }>;
  /** Stops taking connections, lets requests in progress finish (up to `graceMs`), then closes the pool. */
  close(graceMs?: number): Promise<void>;
}

export interface RelayDeps {
  config: RelayConfig;
  store: CallbackStore;
  log: (line: string) => void;
}

/** Short plain answers, the same shape whatever the reason behind the status. */
const answers: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(answers[status] ?? '');
}

/**
 * The relay: `POST /paytr/<token>` and `POST /paynet/<token>` are stored for the token's shop and
 * answered `OK` only once the row is committed (PayTR retries anything else). Everything else is
 * refused before it reaches the database, and never stored.
 */
export function createRelayServer({ config, store, log }: RelayDeps): RelayServer {
  const counts = new RelayCounts();
  const perToken = new TokenBuckets(config.rateBurst, config.ratePerSecond, config.maxTrackedTokens);
  const overall = new TokenBuckets(config.globalBurst, config.globalPerSecond, 1);
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const refuse = (res: ServerResponse, status: number, outcome: RelayOutcome, headers?: Record<string, string>) => {
    counts.add(outcome);
    answer(res, status, headers);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = routeOf(req.method, req.url);
    if (route.kind === 'not-found') return void req.resume(), refuse(res, 404, 'not-found');
    if (route.kind === 'wrong-method') return void req.resume(), refuse(res, 405, 'wrong-method', { allow: 'POST' });
    const { provider, token } = route;
    if (!contentTypeFits(provider, req.headers['content-type'])) return void req.resume(), refuse(res, 415, 'wrong-type');
    if (!tokenShaped(token)) return void req.resume(), refuse(res, 404, 'unknown-token');
    if (!overall.take('all') || !perToken.take(token)) return void req.resume(), refuse(res, 429, 'rate-limited', { 'retry-after': '5' });

    const read = await readBodyWithin(req, config.maxBodyBytes);
    if (read.kind === 'aborted') return counts.add('aborted');
    // The rest of an oversized body is not wanted: close the connection after the answer.
    if (read.kind === 'too-large') return refuse(res, 413, 'too-large', { connection: 'close' });
    const text = callbackText(provider, read.bytes);
    if (text === undefined) return refuse(res, 400, 'unreadable');

    let stored: boolean;
    try {
      stored = await store.store(token, provider, text, keptHeaders(req.headers));
    } catch (error) {
      // Only the error code: a driver message could quote what was sent.
      log(`database unavailable (${(error as { code?: string }).code ?? 'no code'}); answering 503 so the provider retries`);
      return refuse(res, 503, 'database-down', { 'retry-after': '30' });
    }
    if (!stored) return refuse(res, 404, 'unknown-token');
    counts.add(provider === 'paytr' ? 'stored-paytr' : 'stored-paynet');
    answer(res, 200);
  }

  const server = http.createServer({ maxHeaderSize: 8_192, requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    handle(req, res).catch(() => answer(res, 503));
  });
  // A client that sends garbage or vanishes mid-request must not take the process down.
  server.on('clientError', (_error, socket) => socket.destroy());

  const ticker = setInterval(() => {
    const line = counts.takeLine();
    if (line) log(`counts: ${line}`);
  }, config.logIntervalMs);
  ticker.unref();

  return {
    counts,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address() as AddressInfo;
          resolve({ host: address.address, port: address.port });
        });
      }),
    async close(graceMs = 10_000) {
      clearInterval(ticker);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (idle = resolve)), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      }
      server.closeAllConnections();
      await closed;
      await store.close();
      const line = counts.takeLine();
      if (line) log(`counts: ${line}`);
    },
  };
}
