import type { IncomingMessage } from 'node:http';

export type BodyRead = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Reads a request body of at most `maxBytes`. A declared Content-Length above it is refused before
 * reading anything; a body that grows past it stops being kept at once (the rest is discarded, not
 * stored, and the caller closes the connection).
 */
export function readBodyWithin(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(discarding(req, { kind: 'too-large' }));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        chunks.length = 0;
        resolve(discarding(req, { kind: 'too-large' }));
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      cleanup();
      resolve({ kind: 'body', bytes: Buffer.concat(chunks, size) });
    };
    const onAbort = () => {
      cleanup();
      resolve({ kind: 'aborted' });
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}

/** Lets the rest of an unwanted body drain into nothing, so the client still reads our answer. */
function discarding(req: IncomingMessage, read: BodyRead): BodyRead {
  req.on('error', () => undefined);
  req.resume();
  return read;
}
