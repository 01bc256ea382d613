import { describe, expect, it } from 'vitest';
import { foldTurkish, matchTurkishNames, plainTurkish } from '../../../../src/shared/domain/turkish-text';

describe('Turkish text', () => {
  it('folds case the Turkish way and can drop the Turkish letters', () => {
    expect(foldTurkish('İSTANBUL Işık')).toBe('istanbul ışık');
    expect(plainTurkish('Çiçekçi AYŞE Ğ')).toBe('cicekci ayse g');
  });

  it('finds product names typed without Turkish letters, exact spellings first', () => {
    const names = ['Çay', 'Cayır otu', 'Türk kahvesi', 'Kahve'];
    expect(matchTurkishNames(names, 'cay', (n) => n)).toEqual(['Cayır otu', 'Çay']);
    expect(matchTurkishNames(names, 'ÇAY', (n) => n)).toEqual(['Çay', 'Cayır otu']);
    expect(matchTurkishNames(names, 'turk', (n) => n)).toEqual(['Türk kahvesi']);
    expect(matchTurkishNames(names, '', (n) => n)).toEqual(names);
  });
});
