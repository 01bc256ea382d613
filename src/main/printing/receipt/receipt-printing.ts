import type { SerialPortInfo } from '@shared/channels/receipt-printer';
import { printsDirectly, receiptPrinterAddress, type ReceiptPrinter } from '@shared/domain/receipt-printer';
import type { DayEndReport } from '@shared/domain/day-end-report';
import type { LinkRecord } from '@shared/domain/link-record';
import type { Settings } from '@shared/domain/settings';
import type { Clock } from '../../clock';
import { dayEndSlip } from '../escpos/day-end-slip';
import { linkSlip } from '../escpos/link-slip';
import type { SlipDocument } from '../escpos/slip-document';
import { encodeSlip } from '../escpos/slip-encoder';
import { testSlip } from '../escpos/test-slip';
import { printerFailures } from './printer-failures';
import { defaultReceiptTimeouts, type ReceiptTimeouts } from './receipt-timeouts';
import { listSerialPorts, sendOverSerial } from './serial-printer';
import { sendOverTcp } from './tcp-printer';

export interface ReceiptPrinted {
  printer: string;
  bytes: number;
}

export interface ReceiptPrinting {
  printLink(record: LinkRecord & { url: string }): Promise<ReceiptPrinted>;
  printDayEnd(report: DayEndReport): Promise<ReceiptPrinted>;
  printTest(): Promise<ReceiptPrinted>;
  serialPorts(): Promise<SerialPortInfo[]>;
}

/**
 * Direct ESC/POS printing with the saved Settings → Printer. One job at a time: two slips asked
 * for together come out one after the other, never interleaved on the paper.
 */
export function createReceiptPrinting(deps: {
  settings: { get(): Settings };
  clock: Clock;
  timeouts?: Partial<ReceiptTimeouts>;
}): ReceiptPrinting {
  const timeouts: ReceiptTimeouts = { ...defaultReceiptTimeouts, ...deps.timeouts };
  let queue: Promise<unknown> = Promise.resolve();

  const configured = (): ReceiptPrinter & { kind: 'network' | 'serial' } => {
    const printer = deps.settings.get().receiptPrinter;
    if (!printsDirectly(printer)) throw printerFailures.notConfigured();
    return printer;
  };

  function print(build: (printer: ReceiptPrinter) => SlipDocument): Promise<ReceiptPrinted> {
    const run = queue.then(async () => {
      const printer = configured();
      const job = encodeSlip(build(printer), printer);
      await send(printer, job, timeouts);
      return { printer: receiptPrinterAddress(printer), bytes: job.length };
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const shop = () => {
    const { shopName, language } = deps.settings.get();
    return { shopName, language };
  };

  return {
    printLink: (record) => print(() => linkSlip(record, shop())),
    printDayEnd: (report) => print(() => dayEndSlip(report, shop(), deps.clock.now())),
    printTest: () => print((printer) => testSlip(printer, shop(), deps.clock.now())),
    serialPorts: () => listSerialPorts(),
  };
}

function send(printer: ReceiptPrinter & { kind: 'network' | 'serial' }, job: Uint8Array, timeouts: ReceiptTimeouts): Promise<void> {
  if (printer.kind === 'network') {
    if (!printer.host) throw printerFailures.notConfigured();
    return sendOverTcp(printer.host, printer.port, job, timeouts);
  }
  if (!printer.serialPath) throw printerFailures.notConfigured();
  return sendOverSerial(printer.serialPath, printer.baudRate, job, timeouts);
}
