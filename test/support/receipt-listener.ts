import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';

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

/**
 * A printer that never completes the connection (switched off behind a switch that drops the
 * packets): a socket listening with a backlog of 0 that never accepts, its one queue slot taken,
 * so the kernel ignores every further connection attempt. Node always accepts, hence python3.
 */
export async function startUnansweredPort(): Promise<{ port: number; close(): Promise<void> }> {
  const script = 'import socket,sys,time\ns=socket.socket();s.bind(("127.0.0.1",0));s.listen(0)\nprint(s.getsockname()[1],flush=True)\nsys.stdin.read()';
  const python = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'ignore'] });
  const port = await new Promise<number>((resolve, reject) => {
    python.once('error', reject);
    python.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  const filler = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => filler.once('connect', resolve).once('error', reject));
  return {
    port,
    async close() {
      filler.destroy();
      const exited = new Promise((resolve) => python.once('exit', resolve));
      python.stdin.end();
      await exited;
    },
  };
}

/** Why the unanswered-port test cannot run here, or undefined. */
export function unansweredPortUnavailable(): string | undefined {
  return spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0 ? undefined : 'python3 is not installed';
}
