import { said } from '../../support/said';
import { SerialPort } from 'serialport';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendOverTcp } from '../../../src/main/printing/receipt/tcp-printer';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { systemClock } from '../../../src/main/clock';
import { defaultReceiptPrinter, type ReceiptPrinter } from '../../../src/shared/domain/receipt-printer';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { Settings } from '../../../src/shared/domain/settings';
import { AppFailure } from '../../../src/shared/result';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { readEscPos } from '../../support/escpos-reader';
import { linkRecord } from '../../support/history-records';
import { ptyPairUnavailable, startPtyPair, type PtyPair } from '../../support/pty-pair';
import {
  closedLoopbackPort,
  startReceiptListener,
  startUnansweredPort,
  unansweredPortUnavailable,
  type ReceiptListener,
} from '../../support/receipt-listener';

/**
 * Direct ESC/POS printing through createCore, to real sockets and a real pseudo-terminal: what
 * arrives is read back byte by byte. Timeouts are shortened; nothing here asserts a duration.
 */
const URL = 'https://www.paytr.com/odeme/link/PDRECEIPT0001?ref=PDRECEIPT0001';
const record = linkRecord(5, {
  reference: 'PDRECEIPT0001',
  description: 'Işıklı çay takımı — ğĞüÜşŞıİöÖçÇ',
  url: URL,
});
const timeouts = { connectMs: 800, writeMs: 800 };
let h: CoreHarness;
let listener: ReceiptListener | undefined;

beforeAll(async () => {
  h = await startCoreHarness({ receiptTimeouts: timeouts, statusPolling: false });
  const history = await HistoryStore.open(h.dataDir, new NoticeBoard(), systemClock);
  await history.append(record);
  await history.close();
  await h.restart();
  await h.core.invoke('settings:update', { shopName: 'Güneş Çiçekçilik' });
});
afterAll(() => h.dispose());
afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

async function usePrinter(printer: Partial<ReceiptPrinter>) {
  const result = await h.core.invoke('settings:update', { receiptPrinter: { ...defaultReceiptPrinter, ...printer } });
  expect(result.ok).toBe(true);
}

async function timeline(): Promise<string[]> {
  const result = await h.core.invoke('history:get', { reference: record.reference });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as LinkRecord).timeline.map((e) => `${e.kind}:${e.outcome}:${e.detail ?? ''}:${e.error?.code ?? ''}`);
}

describe('receipt printer over TCP', () => {
  it('prints the link slip: CP857 Turkish text, the QR command with the link, the cut last', async () => {
    listener = await startReceiptListener();
    await usePrinter({ kind: 'network', host: '127.0.0.1', port: listener.port });
    const result = await h.core.invoke('receipt:print', { reference: record.reference });
    expect(result).toEqual({ ok: true, value: { printer: `127.0.0.1:${listener.port}`, bytes: expect.any(Number) } });
    const job = await listener.nextJob();
    expect(job.length).toBe(result.ok ? (result.value as { bytes: number }).bytes : -1);
    const reading = readEscPos(job);
    expect(reading.codePageNumbers).toEqual([13]);
    expect(reading.lines.join('\n')).toContain('ğĞüÜşŞıİöÖçÇ');
    expect(reading.lines).toContain('Güneş Çiçekçilik');
    expect(reading.qrPayloads).toEqual([URL]);
    expect(reading.commands.at(-1)!.name).toBe('GS V');
    expect((await timeline()).at(-1)).toBe(`printed:ok:ESC/POS · 127.0.0.1:${listener.port}:`);
  });

  it('prints the test slip with the saved settings', async () => {
    listener = await startReceiptListener();
    await usePrinter({ kind: 'network', host: '127.0.0.1', port: listener.port, paper: '58mm', codePage: 'cp1254' });
    expect((await h.core.invoke('receipt:test-print', undefined)).ok).toBe(true);
    const reading = readEscPos(await listener.nextJob());
    expect(reading.codePageNumbers).toEqual([48]);
    expect(reading.lines).toContain('ğĞüÜşŞıİöÖçÇ');
  });

  it('prints the day-end report of a day as a slip: its lines in CP857, no QR, the cut last', async () => {
    listener = await startReceiptListener();
    await usePrinter({ kind: 'network', host: '127.0.0.1', port: listener.port, paper: '80mm' });
    const result = await h.core.invoke('receipt:print-day-end', { fromDay: '2026-11-01', toDay: '2026-11-01' });
    expect(result.ok).toBe(true);
    const reading = readEscPos(await listener.nextJob());
    expect(reading.codePageNumbers).toEqual([13]);
    expect(reading.lines).toContain('GÜN SONU');
    expect(reading.lines).toContain('01.11.2026');
    expect(reading.lines.some((line) => /^Oluşturulan \(1\) +100,05 ₺|^Oluşturulan \(1\) +100,05 TL/.test(line))).toBe(true);
    expect(reading.qrPayloads).toEqual([]);
    expect(reading.commands.at(-1)!.name).toBe('GS V');
  });

  it('a refused connection (nothing on the port) is a clear network error, noted on the timeline', async () => {
    await usePrinter({ kind: 'network', host: '127.0.0.1', port: await closedLoopbackPort() });
    const result = await h.core.invoke('receipt:print', { reference: record.reference });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('network');
    expect(said(result.error, 'tr')).toMatch(/bağlantıyı kabul etmedi.*yeniden basabilirsiniz/);
    expect(said(result.error, 'en')).toMatch(/refused the connection/);
    expect((await timeline()).at(-1)).toBe('printed:failed:ESC/POS:network');
  });

  const noPython = unansweredPortUnavailable();
  it.skipIf(noPython !== undefined)(`a printer that never answers the connection: a timeout error${noPython ? ` — skipped: ${noPython}` : ''}`, async () => {
    const silent = await startUnansweredPort();
    try {
      await usePrinter({ kind: 'network', host: '127.0.0.1', port: silent.port });
      const result = await h.core.invoke('receipt:print', { reference: record.reference });
      expect(result.ok ? undefined : result.error.code).toBe('timeout');
      expect(said(result.ok ? undefined : result.error, 'tr')).toMatch(/yanıt vermedi.*kapalı ya da kablosu çıkmış/);
      expect(said(result.ok ? undefined : result.error, 'en')).toMatch(/did not answer within 0.8 s/);
    } finally {
      await silent.close();
    }
  });

  it('a printer that accepts and never reads stalls the write: a timeout error, not a hang', async () => {
    listener = await startReceiptListener('never-read');
    // Larger than any socket buffer: the send can only finish if the printer reads.
    const job = new Uint8Array(16 * 1024 * 1024).fill(0x20);
    const error = await sendOverTcp('127.0.0.1', listener.port, job, timeouts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).error.code).toBe('timeout');
    expect(said((error as AppFailure).error, 'tr')).toMatch(/veri almıyor.*Kağıdı bitmiş/);
    expect(said((error as AppFailure).error, 'en')).toMatch(/out of paper/);
  });

  it('the printer settings are kept across a restart; a network printer without an address is refused', async () => {
    await usePrinter({ kind: 'network', host: 'fis-yazicisi.local', port: 9101, cashDrawer: true });
    await h.restart();
    const settings = await h.core.invoke('settings:get', undefined);
    expect(settings.ok && (settings.value as Settings).receiptPrinter).toMatchObject({ kind: 'network', host: 'fis-yazicisi.local', port: 9101, cashDrawer: true });
    const invalid = await h.core.invoke('settings:update', { receiptPrinter: { ...defaultReceiptPrinter, kind: 'network' } });
    expect(invalid.ok ? undefined : invalid.error.code).toBe('invalid-input');
    const hostile = await h.core.invoke('settings:update', { receiptPrinter: { ...defaultReceiptPrinter, kind: 'network', host: 'a\u001b@' } });
    expect(hostile.ok ? undefined : hostile.error.code).toBe('invalid-input');
  });

  it('without a direct printer set up, says where to set one', async () => {
    await usePrinter({ kind: 'system' });
    const result = await h.core.invoke('receipt:print', { reference: record.reference });
    expect(said(result.ok ? undefined : result.error, 'en')).toMatch(/Settings → Printer/);
  });
});

const noPty = ptyPairUnavailable();
describe.skipIf(noPty !== undefined)(`receipt printer on a serial port (pseudo-terminal pair)${noPty ? ` — skipped: ${noPty}` : ''}`, () => {
  let pair: PtyPair;
  beforeAll(async () => {
    pair = await startPtyPair();
  });
  afterAll(async () => {
    await pair.stop();
  });

  it('prints the link slip through the port, byte for byte', async () => {
    const reader = new SerialPort({ path: pair.testSide, baudRate: 115200 });
    const chunks: Buffer[] = [];
    reader.on('data', (chunk: Buffer) => chunks.push(chunk));
    await new Promise<void>((resolve, reject) => reader.once('open', resolve).once('error', reject));
    await usePrinter({ kind: 'serial', serialPath: pair.printerSide, baudRate: 115200, qr: 'raster' });
    const result = await h.core.invoke('receipt:print', { reference: record.reference });
    expect(result.ok).toBe(true);
    const bytes = result.ok ? (result.value as { bytes: number }).bytes : 0;
    for (let i = 0; i < 200 && Buffer.concat(chunks).length < bytes; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise<void>((resolve) => reader.close(() => resolve()));
    const reading = readEscPos(Buffer.concat(chunks));
    expect(reading.lines.join('\n')).toContain('ğĞüÜşŞıİöÖçÇ');
    expect(reading.rasters).toHaveLength(1);
    expect(reading.commands.at(-1)!.name).toBe('GS V');
  });

  it('a port that does not exist (printer unplugged) is a clear not-found error', async () => {
    await usePrinter({ kind: 'serial', serialPath: `${pair.printerSide}-unplugged` });
    const result = await h.core.invoke('receipt:print', { reference: record.reference });
    expect(result.ok ? undefined : result.error.code).toBe('not-found');
    expect(said(result.ok ? undefined : result.error, 'tr')).toMatch(/Seri port bulunamadı/);
  });

  it('lists serial ports', async () => {
    const result = await h.core.invoke('receipt:serial-ports', undefined);
    expect(result.ok).toBe(true);
  });
});
