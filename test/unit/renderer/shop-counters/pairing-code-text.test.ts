import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src/shared/i18n/translate';
import { pairingCodeGroups, pairingCodeOpen, pairingCodeValidText } from '../../../../src/renderer/src/features/shop-counters/pairing-code-text';

const tr = createTranslator('tr');
const en = createTranslator('en');
// 14:05 in Istanbul; the code handed out now expires at 14:20.
const now = new Date('2026-11-22T11:05:00Z');
const pairing = { expiresAt: '2026-11-22T11:20:00Z' };

describe('a pairing code in words', () => {
  it('reads in its three groups, whichever way it is written', () => {
    expect(pairingCodeGroups('ABCD-EFGH-JKM')).toEqual(['ABCD', 'EFGH', 'JKM']);
    expect(pairingCodeGroups('ABCD EFGH  JKM')).toEqual(['ABCD', 'EFGH', 'JKM']);
  });

  it('says it works once and for 15 minutes, until its expiry in Istanbul time, in Turkish and English', () => {
    expect(pairingCodeValidText(pairing, tr, now)).toBe('Kod tek bir kasa için bir kez kullanılır ve 15 dakika geçerlidir: 14:20 saatine kadar.');
    expect(pairingCodeValidText(pairing, en, now)).toBe('The code works once, for one counter, for 15 minutes: until 14:20.');
  });

  it('gives the date too when the code expires after midnight in Istanbul', () => {
    const late = new Date('2026-11-22T20:55:00Z'); // 23:55 in Istanbul
    expect(pairingCodeValidText({ expiresAt: '2026-11-22T21:10:00Z' }, tr, late)).toBe('Kod tek bir kasa için bir kez kullanılır ve 15 dakika geçerlidir: 23.11.2026 00:10 saatine kadar.');
  });

  it('is open until its expiry, not after', () => {
    expect(pairingCodeOpen(pairing, now)).toBe(true);
    expect(pairingCodeOpen(pairing, new Date('2026-11-22T11:20:00Z'))).toBe(false);
  });
});
