import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeInCodePage, fitToCodePage, type CodePage } from '../../../../../src/main/printing/escpos/code-pages';

const TURKISH = 'ğĞüÜşŞıİöÖçÇ';
const codePages: CodePage[] = ['cp857', 'cp1254'];

describe('code pages, checked against iconv-lite', () => {
  it.each(codePages)('%s: every Turkish letter encodes to the byte the code page table has', (codePage) => {
    const bytes = encodeInCodePage(TURKISH, codePage);
    expect(Buffer.from(bytes)).toEqual(iconv.encode(TURKISH, codePage));
    expect(iconv.decode(Buffer.from(bytes), codePage)).toBe(TURKISH);
  });

  it('CP857: the exact bytes of ğĞüÜşŞıİöÖçÇ', () => {
    expect(Buffer.from(encodeInCodePage(TURKISH, 'cp857')).toString('hex')).toBe('a7a6819a9f9e8d98949987 80'.replace(' ', ''));
  });

  it.each(codePages)('%s: all 256 bytes of iconv-lite’s table round-trip (apart from controls and undefined bytes)', (codePage) => {
    for (let byte = 0x20; byte <= 0xff; byte++) {
      if (byte === 0x7f) continue;
      const char = iconv.decode(Buffer.from([byte]), codePage);
      if (char === '\ufffd' || char === '\u00ad' || char === '\u00a0') continue;
      expect([...encodeInCodePage(char, codePage)], `${codePage} byte 0x${byte.toString(16)} (${char})`).toEqual([byte]);
    }
  });

  it('never produces a control byte, whatever the text holds', () => {
    const hostile = 'a\u001b@\u001dV\u0000\u0010\u0004\u007f\u0085\u009bb\n\r\t';
    for (const codePage of codePages) {
      const bytes = encodeInCodePage(hostile, codePage);
      expect([...bytes].every((b) => b >= 0x20 && b !== 0x7f)).toBe(true);
    }
  });

  it('writes ₺ as TL, drops accents the page lacks, and marks the rest with ?', () => {
    expect(fitToCodePage('1.250,50 ₺', 'cp857')).toBe('1.250,50 TL');
    expect(fitToCodePage('Māori “çay”', 'cp857')).toBe('Maori "çay"');
    expect(fitToCodePage('€ 5', 'cp857')).toBe('EUR 5');
    expect(fitToCodePage('€ 5', 'cp1254')).toBe('€ 5');
    expect(fitToCodePage('日本 🙂', 'cp857')).toBe('?? ?');
  });

  it('composes decomposed letters first (İ typed as I + combining dot)', () => {
    expect(Buffer.from(encodeInCodePage('I\u0307stanbul s\u0327', 'cp857'))).toEqual(iconv.encode('İstanbul ş', 'cp857'));
  });
});
