import type { SerialPortInfo } from '@shared/channels/receipt-printer';
import { AppFailure } from '@shared/result';
import type { ReceiptTimeouts } from './receipt-timeouts';
import { printerFailures, seconds } from './printer-failures';

type SerialModule = typeof import('serialport');
let loading: Promise<SerialModule> | undefined;

/** serialport is a native module: loaded on first use, so a broken binding costs only serial printing. */
async function serialModule(): Promise<SerialModule> {
  try {
    return await (loading ??= import('serialport'));
  } catch (error) {
    loading = undefined;
    throw printerFailures.serialUnavailable(error instanceof Error ? error.message : String(error));
  }
}

/** The serial ports the OS knows (COM3, /dev/ttyUSB0, /dev/cu.usbserial-…), for Settings → Printer. */
export async function listSerialPorts(): Promise<SerialPortInfo[]> {
  const { SerialPort } = await serialModule();
  const ports = await SerialPort.list();
  return ports.map((p) => ({ path: p.path, manufacturer: p.manufacturer || undefined }));
}

/**
 * Sends one job to a serial or USB-serial receipt printer. Delivered = every byte written to the
 * port; a printer that holds the line (flow control: out of paper, cover open) stalls the write
 * and the deadline says so. The deadline grows with the time the bytes need at the baud rate.
 */
export async function sendOverSerial(path: string, baudRate: number, job: Uint8Array, timeouts: ReceiptTimeouts): Promise<void> {
  const { SerialPort } = await serialModule();
  const where = path;
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  try {
    await withDeadline(
      new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(openFailure(where, error)) : resolve()))),
      timeouts.connectMs,
      () => printerFailures.noAnswer(where, seconds(timeouts.connectMs)),
    );
    // Ten bit times per byte (start, 8 data, stop) at the baud rate, on top of the printer's own slack.
    const writeMs = timeouts.writeMs + Math.ceil((job.length * 10 * 1000) / baudRate);
    await withDeadline(
      new Promise<void>((resolve, reject) => port.write(Buffer.from(job), (error) => (error ? reject(error) : resolve()))),
      writeMs,
      () => printerFailures.stalled(where, seconds(writeMs)),
    );
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw printerFailures.portBusyOrDenied(where, error instanceof Error ? error.message : String(error));
  } finally {
    // Closing waits for the OS to drain the port; nothing here waits for that. A port that opens
    // after its deadline is closed as soon as it does.
    if (port.isOpen) port.close(() => undefined);
    else port.once('open', () => port.close(() => undefined));
  }
}

function openFailure(where: string, error: Error): AppFailure {
  if (/ENOENT|no such file|cannot find|not found/i.test(error.message)) return printerFailures.portMissing(where);
  return printerFailures.portBusyOrDenied(where, error.message);
}

function withDeadline<T>(work: Promise<T>, ms: number, failure: () => AppFailure): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
