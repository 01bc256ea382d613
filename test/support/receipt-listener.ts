import { createServer, type Server, type Socket } from 'node:net';

/**
 * A stand-in for a network receipt printer's raw port (TCP 9100) on a free loopback port.
 * `capture` keeps each connection's bytes as one job; `never-read` accepts and takes no data,
 * like a printer out of paper, so the sender's buffers fill up.
 */
export interface ReceiptListener {
  port: number;
  jobs: Buffer[];
  /** Resolves with the next job (the bytes of one connection, once the sender closes it). */
  nextJob(): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startReceiptListener(mode: 'capture' | 'never-read' = 'capture'): Promise<ReceiptListener> {
  const jobs: Buffer[] = [];
  const waiting: ((job: Buffer) => void)[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (mode === 'never-read') {
      socket.pause();
      return;
    }
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      const job = Buffer.concat(chunks);
      jobs.push(job);
      waiting.shift()?.(job);
      socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('No port');
  let taken = 0;
  return {
    port: address.port,
    jobs,
    nextJob() {
      const index = taken++;
      if (jobs[index]) return Promise.resolve(jobs[index]);
      return new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nothing listens on (it was free a moment ago): connecting is refused. */
export async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}
