import { HttpFailure } from './http-failure';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  timeoutMs?: number;
  maxBytes?: number;
  /** An undici dispatcher (e.g. for a client certificate); passed through to fetch. */
  dispatcher?: unknown;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Error codes that mean the request never reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * fetch with a deadline that covers the whole exchange (headers and body), a body size cap, and
 * failures classified by whether the request may have been processed. Never logs bodies.
 */
export function createHttpClient(fetchImpl: FetchLike = globalThis.fetch): HttpClient {
  return {
    async request(req) {
      const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const host = safeHost(req.url);
      try {
        let response: Response;
        try {
          response = await fetchImpl(req.url, {
            method: req.method,
            headers: req.headers,
            body: req.body,
            signal: controller.signal,
            redirect: 'error',
            ...(req.dispatcher ? { dispatcher: req.dispatcher } : {}),
          } as RequestInit);
        } catch (error) {
          if (timedOut) throw new HttpFailure('timeout', `No answer from ${host} within ${timeoutMs / 1000} s`);
          const code = causeCode(error);
          // fetch refuses blocked ports ("bad port") before connecting: nothing was sent.
          if ((error as { cause?: { message?: string } }).cause?.message === 'bad port') {
            throw new HttpFailure('unreachable', `Cannot reach ${host} (blocked port)`);
          }
          if (code && NOT_SENT_CODES.has(code)) throw new HttpFailure('unreachable', `Cannot reach ${host} (${code})`);
          throw new HttpFailure('reset', `Connection to ${host} failed${code ? ` (${code})` : ''}`);
        }
        const text = await readCapped(response, maxBytes, host, controller.signal, () => timedOut);
        return { status: response.status, headers: response.headers, text };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function readCapped(
  response: Response,
  maxBytes: number,
  host: string,
  signal: AbortSignal,
  timedOut: () => boolean,
) {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpFailure('too-large', `Answer from ${host} is too large (${declared} bytes)`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Under load, an aborted fetch can leave a pending read() unsettled: race every read against
  // the abort so the deadline always holds.
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => reject(new Error('aborted'));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new HttpFailure('too-large', `Answer from ${host} is larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpFailure) throw error;
    void reader.cancel().catch(() => undefined);
    if (timedOut()) throw new HttpFailure('timeout', `Answer from ${host} did not finish in time`);
    throw new HttpFailure('reset', `Answer from ${host} was cut off`);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the provider';
  }
}
