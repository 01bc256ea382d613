import { describe, expect, it } from 'vitest';
import { amountInWords, englishNumber, turkishNumber } from '../../../src/shared/domain/amount-words';
import { readAmountText, shopLimitIssues } from '../../../src/shared/rules/amount-rules';

describe('amounts in words', () => {
  it('says Turkish numbers the Turkish way (bin, not bir bin; yüz, not bir yüz)', () => {
    expect(turkishNumber(50_000)).toBe('elli bin');
    expect(turkishNumber(1_000)).toBe('bin');
    expect(turkishNumber(1_100)).toBe('bin yüz');
    expect(turkishNumber(1_000_000_000)).toBe('bir milyar');
    expect(turkishNumber(99_999_999)).toBe('doksan dokuz milyon dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz');
    expect(turkishNumber(201_001)).toBe('iki yüz bir bin bir');
    expect(turkishNumber(0)).toBe('sıfır');
  });

  it('says English numbers with hyphenated tens', () => {
    expect(englishNumber(50_000)).toBe('fifty thousand');
    expect(englishNumber(1_250)).toBe('one thousand two hundred fifty');
    expect(englishNumber(99)).toBe('ninety-nine');
    expect(englishNumber(1_000_000_000)).toBe('one billion');
  });

  it('names the currency and the minor unit', () => {
    expect(amountInWords(5_000_000, 'TRY', 'tr')).toBe('elli bin lira');
    expect(amountInWords(125_050, 'TRY', 'tr')).toBe('bin iki yüz elli lira elli kuruş');
    expect(amountInWords(125_050, 'TRY', 'en')).toBe('one thousand two hundred fifty lira and fifty kuruş');
    expect(amountInWords(1_000_00, 'EUR', 'tr')).toBe('bin avro');
  });
});

describe('reading a typed amount', () => {
  const messageOf = (text: string) => {
    const reading = readAmountText(text);
    return reading.ok ? reading.minor : reading.issue.message.en;
  };
  it('tells a negative amount and too many decimals apart from text', () => {
    expect(messageOf('-50')).toBe('The amount must be greater than zero.');
    expect(messageOf('0')).toBe('The amount must be greater than zero.');
    expect(messageOf('1.250,505')).toBe('The amount can have at most two decimals, for example 1.250,50.');
    expect(messageOf('12,345')).toBe('The amount can have at most two decimals, for example 1.250,50.');
    expect(messageOf('elli')).toBe('Type the amount in digits, for example 1.250,50.');
    expect(messageOf('')).toBe('Type the amount, for example 1.250,50.');
    expect(messageOf('1.250,50')).toBe(125_050);
  });

  it('asks main to refuse an amount above the shop limit unless it was confirmed', () => {
    expect(shopLimitIssues(5_000_001, 5_000_000, false)).toHaveLength(1);
    expect(shopLimitIssues(5_000_001, 5_000_000, true)).toEqual([]);
    expect(shopLimitIssues(5_000_000, 5_000_000, false)).toEqual([]);
  });
});
