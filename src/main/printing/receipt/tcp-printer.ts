import { connect, type Socket } from 'node:net';
import type { ReceiptTimeouts } from './receipt-timeouts';
import { printerFailures, seconds } from './printer-failures';

/** After the last byte is handed over, how long the socket stays open for the printer to close it. */
const LINGER_MS = 2000;

/**
 * Sends one job to a network receipt printer's raw port (9100: "JetDirect"/AppSocket). The job
 * counts as delivered once every byte is in the operating system's send buffer; a printer that
 * takes no data (out of paper, cover open) fills that buffer, and the write deadline says so.
 */
export function sendOverTcp(host: string, port: number, job: Uint8Array, timeouts: ReceiptTimeouts): Promise<void> {
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const socket: Socket = connect({ host, port });
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        socket.destroy();
        reject(error);
        return;
      }
      resolve();
      // Let the printer read the rest and close; never keep a socket open for long.
      setTimeout(() => socket.destroy(), LINGER_MS).unref();
    };
    const deadline = (ms: number, failure: () => Error) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(failure()), ms);
    };

    deadline(timeouts.connectMs, () => printerFailures.noAnswer(where, seconds(timeouts.connectMs)));
    // Status bytes a printer may send back are read and dropped (unread data would reset the connection on close).
    socket.on('data', () => undefined);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'ECONNREFUSED' ? printerFailures.refused(where) : printerFailures.unreachable(where, error.code ?? error.message));
    });
    socket.once('connect', () => {
      deadline(timeouts.writeMs, () => printerFailures.stalled(where, seconds(timeouts.writeMs)));
      socket.end(job, () => finish());
    });
  });
}
