import { describe, expect, it } from 'vitest';
import { printerForm, printerFromForm } from '../../../../src/renderer/src/features/settings/printer-form-model';
import { defaultReceiptPrinter } from '../../../../src/shared/domain/receipt-printer';

describe('Settings → Printer form', () => {
  it('starts from the defaults: system printing, port 9100, CP857, the QR command, partial cut', () => {
    expect(printerForm(undefined)).toMatchObject({ kind: 'system', port: '9100', codePage: 'cp857', qr: 'native', cut: 'partial', host: '' });
    expect(printerFromForm(printerForm(undefined))).toEqual({ printer: defaultReceiptPrinter });
  });

  it('asks only for the chosen kind’s connection', () => {
    expect(printerFromForm({ ...printerForm(undefined), kind: 'network' }).errors).toEqual({ host: 'receipt.hostInvalid' });
    expect(printerFromForm({ ...printerForm(undefined), kind: 'serial' }).errors).toEqual({ serialPath: 'receipt.serialPathInvalid' });
    expect(printerFromForm({ ...printerForm(undefined), kind: 'network', host: 'yazici 1' }).errors).toEqual({ host: 'receipt.hostInvalid' });
  });

  it('reads numbers as typed and refuses what no printer accepts', () => {
    const network = { ...printerForm(undefined), kind: 'network' as const, host: ' 192.168.1.50 ' };
    expect(printerFromForm({ ...network, port: '9101', codePageNumber: '61' }).printer).toMatchObject({
      host: '192.168.1.50',
      port: 9101,
      codePageNumber: 61,
    });
    expect(printerFromForm({ ...network, port: '70000' }).errors).toEqual({ port: 'receipt.portInvalid' });
    expect(printerFromForm({ ...network, port: '9100a' }).errors).toEqual({ port: 'receipt.portInvalid' });
    expect(printerFromForm({ ...network, codePageNumber: '256' }).errors).toEqual({ codePageNumber: 'receipt.codePageNumberInvalid' });
    expect(printerFromForm({ ...network, codePageNumber: '' }).printer?.codePageNumber).toBeUndefined();
  });

  it('keeps the other kind’s valid connection, so switching back finds it filled in', () => {
    const saved = printerFromForm({ ...printerForm(undefined), kind: 'serial', serialPath: 'COM3', host: '192.168.1.50' }).printer!;
    expect(saved).toMatchObject({ kind: 'serial', serialPath: 'COM3', host: '192.168.1.50' });
    expect(printerForm(saved)).toMatchObject({ host: '192.168.1.50', serialPath: 'COM3' });
  });
});
