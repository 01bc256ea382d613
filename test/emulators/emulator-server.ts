import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The shared HTTP shell of every provider emulator: routing, body parsing, request counters and
 * fault injection. Each provider folder supplies routes that behave as its documents say.
 */
export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'reset-before-processing' }
  | { kind: 'reset-after-processing' }
  | { kind: 'html' }
  | { kind: 'truncated-json' }
  | { kind: 'huge-body'; bytes: number }
  | { kind: 'never-finish' };

export interface EmulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
  /** Parsed from form or multipart-less url-encoded bodies. */
  form: URLSearchParams;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  json: unknown;
  /** With `tls`: the common name of the client certificate the TLS layer verified, if any. */
  clientCertificateCN?: string;
}

export interface EmulatorReply {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export type Route = (req: EmulatorRequest) => EmulatorReply | Promise<EmulatorReply>;

export interface EmulatorOptions {
  name: string;
  /** Keyed by `METHOD /path`; a path segment `:param` matches anything (see `params`). */
  routes: Record<string, Route>;
  /** Which app reference a request is about, for the per-reference counters. */
  referenceOf?: (req: EmulatorRequest) => string | undefined;
  port?: number;
  /** Serve HTTPS instead of HTTP; with `requestCert` the server demands a client certificate signed by `ca`. */
  tls?: { key: string; cert: string; ca?: string; requestCert?: boolean };
}

interface QueuedFault {
  fault: Fault;
  path?: string;
  remaining: number;
}

export class Emulator {
  readonly requestsByEndpoint = new Map<string, number>();
  /** Requests that reached a route (were processed), per app reference. */
  readonly processedByReference = new Map<string, number>();
  latencyMs = 0;
  private faults: QueuedFault[] = [];
  private server: http.Server | https.Server | undefined;
  private sockets = new Set<Socket>();
  private port = 0;

  constructor(private readonly options: EmulatorOptions) {}

  get url(): string {
    return `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    const tls = this.options.tls;
    const server = tls
      ? https.createServer({ ...tls, rejectUnauthorized: tls.requestCert ?? false }, handler)
      : http.createServer(handler);
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port || this.options.port || 0, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening (connections are refused) but keeps state, so `start()` brings it back. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `times` matching requests (optionally only on `path`) get this fault. */
  injectFault(fault: Fault, options: { times?: number; path?: string } = {}): void {
    this.faults.push({ fault, path: options.path, remaining: options.times ?? 1 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  count(endpoint: string): number {
    return this.requestsByEndpoint.get(endpoint) ?? 0;
  }

  countReference(reference: string): number {
    return this.processedByReference.get(reference) ?? 0;
  }

  private takeFault(path: string): Fault | undefined {
    const index = this.faults.findIndex((f) => !f.path || f.path === path);
    if (index < 0) return undefined;
    const queued = this.faults[index]!;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.faults.splice(index, 1);
    return queued.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(req);
    const endpoint = `${req.method} ${url.pathname}`;
    this.requestsByEndpoint.set(endpoint, this.count(endpoint) + 1);
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const fault = this.takeFault(url.pathname);
    if (fault?.kind === 'reset-before-processing') return void req.socket.destroy();
    if (fault?.kind === 'status') return send(res, fault.status, { error: 'Internal Server Error' });
    if (fault?.kind === 'rate-limit') {
      return send(res, 429, { message: 'Too Many Requests' }, { 'retry-after': String(fault.retryAfterSeconds) });
    }

    const request = parseRequest(req, url, rawBody);
    const match = this.findRoute(req.method ?? 'GET', url.pathname);
    let reply: EmulatorReply;
    if (!match) {
      reply = { status: 404, json: { message: 'Not Found' } };
    } else {
      const reference = this.options.referenceOf?.(request);
      reply = await match(request);
      if (reference) this.processedByReference.set(reference, this.countReference(reference) + 1);
    }

    switch (fault?.kind) {
      case 'reset-after-processing':
        return void req.socket.destroy();
      case 'html':
        res.writeHead(502, { 'content-type': 'text/html' });
        return void res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      case 'truncated-json':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify(reply.json ?? {}).slice(0, 7));
      case 'huge-body':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(`{"padding":"${'x'.repeat(fault.bytes)}"}`);
      case 'never-finish':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.write('{"status":');
      default:
        if (reply.text !== undefined) {
          res.writeHead(reply.status ?? 200, { 'content-type': 'text/plain; charset=utf-8', ...reply.headers });
          return void res.end(reply.text);
        }
        return send(res, reply.status ?? 200, reply.json ?? {}, reply.headers);
    }
  }

  private findRoute(method: string, path: string): Route | undefined {
    for (const [key, route] of Object.entries(this.options.routes)) {
      const [routeMethod, routePath] = key.split(' ');
      if (routeMethod === method && pathMatches(routePath ?? '', path)) return route;
    }
    return undefined;
  }
}

/** `:name` segments of a route pattern, e.g. params('/m/:no/b', '/m/42/b') → { no: '42' }. */
export function params(pattern: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const a = pattern.split('/');
  const b = path.split('/');
  a.forEach((segment, i) => {
    if (segment.startsWith(':')) out[segment.slice(1)] = decodeURIComponent(b[i] ?? '');
  });
  return out;
}

function pathMatches(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((segment, i) => segment.startsWith(':') || segment === b[i]);
}

function parseRequest(req: IncomingMessage, url: URL, rawBody: string): EmulatorRequest {
  const type = req.headers['content-type'] ?? '';
  let json: unknown;
  if (type.includes('json')) {
    try {
      json = JSON.parse(rawBody);
    } catch {
      json = undefined;
    }
  }
  const form = type.includes('x-www-form-urlencoded') ? new URLSearchParams(rawBody) : new URLSearchParams();
  const request: EmulatorRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, rawBody, form, json };
  const socket = req.socket as Partial<TLSSocket>;
  if (socket.encrypted && socket.authorized && socket.getPeerCertificate) {
    const cn = socket.getPeerCertificate().subject?.CN;
    if (cn) request.clientCertificateCN = Array.isArray(cn) ? cn.join(',') : cn;
  }
  return request;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request as it came over the wire, for tests that check exactly what was sent. */
export interface RecordedRequest {
  path: string;
  headers: EmulatorRequest['headers'];
  rawBody: string;
}

/** Wraps routes so each request is kept in `log` (the newest `keep`, oldest dropped first). */
export function recordingRoutes(routes: Record<string, Route>, log: RecordedRequest[], keep = 50): Record<string, Route> {
  return Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [
      key,
      (req: EmulatorRequest) => {
        log.push({ path: req.path, headers: req.headers, rawBody: req.rawBody });
        if (log.length > keep) log.shift();
        return route(req);
      },
    ]),
  );
}
