import { describe, expect, it } from 'vitest';
import { formatMoney, majorToMinor, minorToMajorString, parseAmount } from '../../../src/shared/domain/money';

describe('parseAmount', () => {
  it.each([
    ['1.250,50', 125050],
    ['1250,5', 125050],
    ['1250.50', 125050],
    ['1250.5', 125050],
    ['1.250', 125000],
    ['1.250.000', 125000000],
    ['1 250,50', 125050],
    ['₺1.250,50', 125050],
    ['0,01', 1],
    ['14.45', 1445],
    ['500', 50000],
    ['1,', 100],
  ])('%s → %d kuruş', (text, minor) => {
    expect(parseAmount(text)).toBe(minor);
  });

  it.each(['', 'abc', '1,2,3', '1.25,5', '12,345', '1,234.56', '1.2345,00', '-5', '1e3', '0x10', '1,999'])('rejects %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('formatting and conversion', () => {
  it('formats the Turkish way', () => {
    expect(formatMoney({ minor: 125050, currency: 'TRY' })).toBe('1.250,50 ₺');
    expect(formatMoney({ minor: 5, currency: 'EUR' })).toBe('0,05 €');
  });
  it('converts between minor and major units exactly', () => {
    expect(minorToMajorString(125050)).toBe('1250.50');
    expect(majorToMinor('149.99')).toBe(14999);
    expect(majorToMinor(0.1 + 0.2)).toBe(30);
    expect(majorToMinor('abc')).toBeNull();
  });
});
