import { toBuffer } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrPng } from '../../support/qr-decode';

describe('QR decoding used by the browser tests', () => {
  it('reads back what qrcode encoded, Turkish characters included', async () => {
    const url = 'https://www.paytr.com/link/AbC123?not=Çay-şeker-İğne';
    const png = await toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
    expect(decodeQrPng(png)).toBe(url);
  });

  it('finds nothing in a blank image', async () => {
    const { PNG } = await import('pngjs');
    const blank = new PNG({ width: 64, height: 64 });
    blank.data.fill(255);
    expect(decodeQrPng(PNG.sync.write(blank))).toBeNull();
  });
});
