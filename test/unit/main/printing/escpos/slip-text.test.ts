import { describe, expect, it } from 'vitest';
import { cleanSlipText, labelledLine, wrapText } from '../../../../../src/main/printing/escpos/slip-text';

describe('slip text', () => {
  it('removes every control and invisible format character, and turns line breaks into spaces', () => {
    expect(cleanSlipText('Çay\u001b@\u001dV\u0001 takımı\r\n\tŞişe\u202e\u200bcam\u0085 \u0000')).toBe('Çay@V takımı Şişecam');
    expect(cleanSlipText('  a   b  ')).toBe('a b');
  });

  it('wraps at spaces and splits words longer than a line', () => {
    expect(wrapText('Işıklı iğne oyası çerçeve', 12)).toEqual(['Işıklı iğne', 'oyası', 'çerçeve']);
    expect(wrapText('www.paytr.com/odeme/link/ABC', 10)).toEqual(['www.paytr.', 'com/odeme/', 'link/ABC']);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('puts a label left and its value right, or the value under a label when both do not fit', () => {
    expect(labelledLine('Ref', 'PD1', 10)).toEqual(['Ref    PD1']);
    expect(labelledLine('Referans', 'PD0123456789', 16)).toEqual(['Referans', '    PD0123456789']);
  });
});
