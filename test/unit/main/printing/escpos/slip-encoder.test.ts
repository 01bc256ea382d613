import { describe, expect, it } from 'vitest';
import { linkSlip } from '../../../../../src/main/printing/escpos/link-slip';
import { columnsFor, encodeSlip, type EscPosOptions } from '../../../../../src/main/printing/escpos/slip-encoder';
import { testSlip, TEST_QR_DATA, TURKISH_LETTERS } from '../../../../../src/main/printing/escpos/test-slip';
import { defaultReceiptPrinter } from '../../../../../src/shared/domain/receipt-printer';
import { decodeRasterQr, readEscPos } from '../../../../support/escpos-reader';
import { linkRecord } from '../../../../support/history-records';

const URL = 'https://www.paytr.com/odeme/link/PDESCPOS0001?ref=PDESCPOS0001&note=%C3%A7ay';
const record = linkRecord(3, {
  reference: 'PDESCPOS0001',
  amount: { minor: 125_050, currency: 'TRY' },
  description: 'Işıklı iğne oyası çerçeve, güğümlü çay takımı; ÖZEL SİPARİŞ (DOĞUM GÜNÜ), Üsküdar',
  url: URL,
  expiresAt: '2026-12-01T20:59:00.000Z',
});
const printable = record as typeof record & { url: string };
const shop = { shopName: 'Güneş Çiçekçilik', language: 'tr' as const };
const options: EscPosOptions = { ...defaultReceiptPrinter, paper: '80mm' };
const names = (job: Uint8Array) => readEscPos(job).commands.map((c) => c.name);

describe('ESC/POS slip encoder', () => {
  it('starts with reset and ESC t 13 (CP857) and the Turkish text decodes back exactly', () => {
    const reading = readEscPos(encodeSlip(linkSlip(printable, shop), options));
    expect(reading.commands.slice(0, 2).map((c) => [...c.bytes])).toEqual([[0x1b, 0x40], [0x1b, 0x74, 13]]);
    expect(reading.lines).toContain('Güneş Çiçekçilik');
    expect(reading.lines.join(' ')).toContain('Işıklı iğne oyası çerçeve, güğümlü çay takımı; ÖZEL SİPARİŞ (DOĞUM GÜNÜ), Üsküdar');
    expect(reading.lines).toContain('1.250,50 TL');
    expect(reading.lines).toContain('Ödenecek tutar');
    expect(reading.lines.some((l) => l.startsWith('Referans') && l.endsWith('PDESCPOS0001'))).toBe(true);
  });

  it('prints the QR code with the printer’s own command: model 2, level M, exactly the link', () => {
    const reading = readEscPos(encodeSlip(linkSlip(printable, shop), options));
    expect(reading.qrPayloads).toEqual([URL]);
    expect(reading.qrSettings).toEqual({ model: 2, moduleSize: expect.any(Number), errorCorrection: 0x31 });
    expect(reading.rasters).toEqual([]);
  });

  it('builds the exact GS ( k sequence', () => {
    const job = encodeSlip({ blocks: [{ kind: 'qr', data: 'https://x.tr/a' }] }, { ...options, paper: '58mm' });
    const hex = Buffer.from(job).toString('hex');
    const data = Buffer.from('https://x.tr/a').toString('hex');
    // 21 modules + 8 quiet = 29 → 44 mm × 8 dots / 29 = 12 dots a module on 58 mm paper.
    expect(hex).toContain(
      ['1d286b0400314132 00', '1d286b030031430c', '1d286b0300314531', `1d286b1100315030${data}`, '1d286b0300315130'].join('').replace(/ /g, ''),
    );
  });

  it('chooses the module size for the paper: larger on 80 mm, and the code always fits the paper', () => {
    const size = (paper: '58mm' | '80mm') => readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, paper })).qrSettings.moduleSize!;
    expect(size('80mm')).toBeGreaterThan(size('58mm'));
    for (const paper of ['58mm', '80mm'] as const) {
      const raster = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, paper, qr: 'raster' })).rasters[0]!;
      expect(raster.widthBytes * 8).toBeLessThanOrEqual(paper === '58mm' ? 384 : 576);
    }
  });

  it('falls back to a raster image (GS v 0) that decodes as the link', () => {
    const reading = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, qr: 'raster' }));
    expect(reading.qrPayloads).toEqual([]);
    expect(reading.rasters).toHaveLength(1);
    expect(decodeRasterQr(reading.rasters[0]!)).toBe(URL);
  });

  it('cuts last: partial by default, full when chosen, the drawer kicked just before the cut', () => {
    expect(names(encodeSlip(linkSlip(printable, shop), options)).at(-1)).toBe('GS V');
    const partial = readEscPos(encodeSlip(linkSlip(printable, shop), options)).commands.at(-1)!;
    expect([...partial.bytes]).toEqual([0x1d, 0x56, 66, 0]);
    const full = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, cut: 'full' })).commands.at(-1)!;
    expect([...full.bytes]).toEqual([0x1d, 0x56, 65, 0]);
    const withDrawer = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, cashDrawer: true })).commands;
    expect(withDrawer.slice(-2).map((c) => [...c.bytes])).toEqual([[0x1b, 0x70, 0, 25, 250], [0x1d, 0x56, 66, 0]]);
    expect(names(encodeSlip(linkSlip(printable, shop), options))).not.toContain('ESC p');
    expect(names(encodeSlip(linkSlip(printable, shop), { ...options, cut: 'none' })).at(-1)).toBe('ESC d');
  });

  it('selects CP1254 (ESC t 48) or the printer’s own number, and encodes in that table', () => {
    const cp1254 = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, codePage: 'cp1254' }));
    expect(cp1254.codePageNumbers).toEqual([48]);
    expect(cp1254.lines).toContain('Güneş Çiçekçilik');
    const own = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, codePageNumber: 61 }));
    expect(own.codePageNumbers).toEqual([61]);
    expect(own.lines).toContain('Güneş Çiçekçilik');
  });

  it('keeps every line inside the paper width', () => {
    for (const paper of ['58mm', '80mm'] as const) {
      const reading = readEscPos(encodeSlip(linkSlip(printable, shop), { ...options, paper }));
      for (const line of reading.lines) expect(line.length, line).toBeLessThanOrEqual(columnsFor[paper]);
    }
  });

  it('turns control bytes in a description or shop name into nothing: no command is smuggled in', () => {
    const hostile = { ...printable, description: 'Çay\u001b@\u001dV\u0000\u001bp\u0000\u0019\u00fa\u0010\u0014 takımı\r\nİkinci satır' };
    const job = encodeSlip(linkSlip(hostile, { ...shop, shopName: 'Dükkân\u001d(k\u0004' }), options);
    const reading = readEscPos(job);
    expect(names(job).filter((n) => n === 'ESC @')).toHaveLength(1);
    expect(names(job)).not.toContain('ESC p');
    expect(reading.lines).toContain('Dükkân(k');
    expect(reading.lines.join(' ')).toContain('Çay@Vpú takımı İkinci satır');
  });

  it('refuses a QR payload with control characters instead of printing it', () => {
    expect(() => encodeSlip({ blocks: [{ kind: 'qr', data: 'https://x.tr/\u001bp' }] }, options)).toThrow(/control/);
  });

  it('prints the test slip: every Turkish letter, the pangram in both cases, a QR code', () => {
    const reading = readEscPos(encodeSlip(testSlip({ ...defaultReceiptPrinter, kind: 'network', host: '192.168.1.50' }, shop, new Date()), options));
    expect(reading.lines).toContain(TURKISH_LETTERS);
    expect(reading.lines).toContain('Pijamalı hasta yağız şoföre çabucak güvendi.');
    expect(reading.lines).toContain('PİJAMALI HASTA YAĞIZ ŞOFÖRE ÇABUCAK GÜVENDİ.');
    expect(reading.qrPayloads).toEqual([TEST_QR_DATA]);
    expect(reading.lines.some((l) => l.includes('192.168.1.50:9100'))).toBe(true);
  });
});
