import { withWords } from '../../support/said';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PdfPageSetup } from '../../../src/main/printing/page-setup';
import type { PrintJob, SlipPrinter } from '../../../src/main/printing/printer';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import type { CustomerDisplayView } from '../../../src/shared/print/customer-display';
import { AppFailure } from '../../../src/shared/result';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { linkRecord } from '../../support/history-records';

/**
 * The print and display channels through createCore. Electron cannot run here, so the printer is a
 * recording stand-in for src/main/electron/print.ts; everything else (history, settings, files) is real.
 */
class RecordingPrinter implements SlipPrinter {
  readonly jobs: PrintJob[] = [];
  readonly pdfs: PdfPageSetup[] = [];
  readonly views: CustomerDisplayView[] = [];
  closed = 0;
  answer: 'printed' | 'cancelled' | 'fail' = 'printed';
  placement: 'second-screen' | 'full-screen' = 'full-screen';

  async printers() {
    return [{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20', description: '80 mm' }];
  }
  async print(job: PrintJob) {
    this.jobs.push(job);
    if (this.answer === 'fail') throw AppFailure.of('internal', 'Printing failed: Print job failed');
    return { printed: this.answer === 'printed' };
  }
  async pdf(setup: PdfPageSetup) {
    this.pdfs.push(setup);
    return new TextEncoder().encode('%PDF-1.4 slip');
  }
  async openCustomerDisplay(view: CustomerDisplayView) {
    this.views.push(view);
    return this.placement;
  }
  async closeCustomerDisplay() {
    this.closed++;
  }
}

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
const withUrl = linkRecord(1, { description: 'Çay takımı', amount: { minor: 125050, currency: 'TRY' } });
const withoutUrl = linkRecord(2, { url: undefined, status: 'unknown' });
const REF = withUrl.reference;

let h: CoreHarness;
afterEach(() => h?.dispose());

async function core(options: { printer?: SlipPrinter; save?: 'write' | 'cancel' } = {}) {
  const saveFile = async (name: string, content: string | Uint8Array) => {
    if (options.save === 'cancel') return { saved: false };
    const path = join(h.dataDir, name);
    await writeFile(path, content);
    return { saved: true, fileName: path };
  };
  h = await startCoreHarness({ clock, printer: options.printer, ...(options.save ? { saveFile } : {}) });
  await h.core.stop();
  const store = await HistoryStore.open(h.dataDir, new NoticeBoard(), clock);
  for (const record of [withUrl, withoutUrl]) await store.append(record);
  await store.close();
  await h.restart();
}

const invoke = (channel: string, input?: unknown) => h.core.invoke(channel, input);
const timeline = async (reference = REF) => {
  const result = await invoke('history:get', { reference });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { timeline: { kind: string; outcome: string; detail?: string; error?: { code: string } }[] }).timeline;
};

describe('print channels through createCore', () => {
  it('without a printer (tests, the browser preview) every channel answers unsupported, in both languages', async () => {
    await core();
    for (const [channel, input] of [
      ['print:printers', undefined],
      ['print:slip', { reference: REF, paper: '58mm', silent: false }],
      ['print:pdf', { reference: REF, paper: 'a4' }],
      ['display:open', { reference: REF }],
      ['display:close', undefined],
    ] as const) {
      const result = await invoke(channel, input);
      expect(withWords(result), channel).toMatchObject({ ok: false, error: { code: 'unsupported', userMessage: { tr: expect.stringContaining('masaüstü') } } });
    }
    expect(await timeline()).toHaveLength(1);
  });

  it('lists the printers main sees', async () => {
    await core({ printer: new RecordingPrinter() });
    expect(await invoke('print:printers')).toEqual({
      ok: true,
      value: [{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20', description: '80 mm' }],
    });
  });

  it('prints on a 58 mm roll as long as the slip, on the chosen printer without a dialog, and notes it on the timeline', async () => {
    const printer = new RecordingPrinter();
    await core({ printer });
    const changed: unknown[] = [];
    h.core.events.on('history:changed', (payload) => changed.push(payload));
    const result = await invoke('print:slip', { reference: REF, paper: '58mm', slipHeightMm: 140.2, printerName: 'EPSON_TM_T20', silent: true });
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(printer.jobs).toEqual([
      {
        pageSize: { width: 58_000, height: 144_000 },
        margins: { marginType: 'none' },
        landscape: false,
        scaleFactor: 100,
        pagesPerSheet: 1,
        printBackground: true,
        color: false,
        deviceName: 'EPSON_TM_T20',
        silent: true,
      },
    ]);
    expect((await timeline()).at(-1)).toEqual({ at: '2026-11-22T10:00:00.000Z', kind: 'printed', outcome: 'ok', detail: '58 mm · EPSON_TM_T20' });
    expect(changed).toEqual([{ references: [REF] }]);
  });

  it('A4 through the system dialog: the whole sheet, no device; a cancelled dialog is not a print', async () => {
    const printer = new RecordingPrinter();
    await core({ printer });
    printer.answer = 'cancelled';
    expect(await invoke('print:slip', { reference: REF, paper: 'a4', slipHeightMm: 90, silent: false })).toEqual({ ok: true, value: { printed: false } });
    expect(printer.jobs[0]).toMatchObject({ pageSize: { width: 210_000, height: 297_000 }, silent: false, color: true });
    expect(printer.jobs[0]?.deviceName).toBeUndefined();
    expect(await timeline()).toHaveLength(1);
  });

  it('a printer failure is returned with its words and kept on the timeline as a failed print', async () => {
    const printer = new RecordingPrinter();
    printer.answer = 'fail';
    await core({ printer });
    const result = await invoke('print:slip', { reference: REF, paper: '80mm', silent: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: 'Printing failed: Print job failed' } });
    expect((await timeline()).at(-1)).toMatchObject({ kind: 'printed', outcome: 'failed', detail: '80 mm', error: { code: 'internal' } });
  });

  it('refuses what cannot be printed before reaching the printer', async () => {
    const printer = new RecordingPrinter();
    await core({ printer });
    // Without a dialog needs a chosen printer; heights and papers are bounded.
    expect(await invoke('print:slip', { reference: REF, paper: '58mm', silent: true })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'silent' } });
    expect(await invoke('print:slip', { reference: REF, paper: 'letter', silent: false })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke('print:slip', { reference: REF, paper: '58mm', slipHeightMm: 5000, silent: false })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke('print:slip', { reference: 'PD000000009999', paper: '58mm', silent: false })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // A link whose answer was lost has no address to put in a QR code.
    expect(withWords(await invoke('print:slip', { reference: withoutUrl.reference, paper: '58mm', silent: false }))).toMatchObject({
      ok: false,
      error: { code: 'not-found', userMessage: { tr: expect.stringContaining('adresi bilinmiyor') } },
    });
    expect(printer.jobs).toEqual([]);
  });

  it('saves the slip as a PDF through the save dialog, in inches, and notes it; a cancelled dialog saves nothing', async () => {
    const printer = new RecordingPrinter();
    await core({ printer, save: 'write' });
    const result = await invoke('print:pdf', { reference: REF, paper: 'a4' });
    const fileName = join(h.dataDir, `PayDesk-${REF}-a4.pdf`);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName } });
    expect(await readFile(fileName, 'utf8')).toBe('%PDF-1.4 slip');
    expect(printer.pdfs[0]).toMatchObject({ pageSize: { width: 210 / 25.4, height: 297 / 25.4 }, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect((await timeline()).at(-1)).toMatchObject({ kind: 'printed', outcome: 'ok', detail: 'PDF · A4' });
  });

  it('PDF: a cancelled save dialog saves nothing and notes nothing; no saveFile = unsupported', async () => {
    const printer = new RecordingPrinter();
    await core({ printer, save: 'cancel' });
    expect(await invoke('print:pdf', { reference: REF, paper: '80mm', slipHeightMm: 150 })).toEqual({ ok: true, value: { saved: false } });
    expect(printer.pdfs[0]?.pageSize).toEqual({ width: 80 / 25.4, height: 153 / 25.4 });
    expect(await timeline()).toHaveLength(1);
    await h.dispose();
    await core({ printer });
    expect(await invoke('print:pdf', { reference: REF, paper: '80mm' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('opens the customer display with the shop, amount and link, notes it, and closes it', async () => {
    const printer = new RecordingPrinter();
    printer.placement = 'second-screen';
    await core({ printer });
    await invoke('settings:update', { shopName: 'Güneş Çiçekçilik', language: 'en' });
    expect(await invoke('display:open', { reference: REF })).toEqual({ ok: true, value: { placement: 'second-screen' } });
    expect(printer.views).toEqual([
      { shopName: 'Güneş Çiçekçilik', language: 'en', amount: { minor: 125050, currency: 'TRY' }, description: 'Çay takımı', url: withUrl.url },
    ]);
    expect((await timeline()).at(-1)).toMatchObject({ kind: 'qr-shown', outcome: 'ok' });
    expect(await invoke('display:close')).toEqual({ ok: true, value: { done: true } });
    expect(printer.closed).toBe(1);
    expect(await invoke('display:open', { reference: withoutUrl.reference })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
