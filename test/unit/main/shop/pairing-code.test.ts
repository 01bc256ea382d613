import { describe, expect, it } from 'vitest';
import {
  groupPairingCode,
  newPairingCode,
  openSealedPassword,
  PAIRING_ALPHABET,
  PAIRING_CODE_LENGTH,
  pairingKeys,
  readPairingCode,
  sealPassword,
} from '../../../../src/main/shop/pairing-code';
import { readServerAddress } from '../../../../src/main/shop/shop-pairing';
import { shopRoleName } from '../../../../src/main/shop/shop-server-host';

describe('pairing codes', () => {
  it('have at least 50 bits, from an alphabet without letters that are read alike', () => {
    expect(PAIRING_CODE_LENGTH * Math.log2(PAIRING_ALPHABET.length)).toBeGreaterThanOrEqual(50);
    for (const confusing of 'IİıLOU01QWX') expect(PAIRING_ALPHABET).not.toContain(confusing);
    const codes = new Set(Array.from({ length: 200 }, () => newPairingCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(readPairingCode(groupPairingCode(code))).toBe(code);
  });

  it('are read as typed aloud: any case, spaces, dashes; anything else is no code', () => {
    expect(readPairingCode(' abcd efgh-jkm ')).toBe('ABCDEFGHJKM');
    expect(groupPairingCode('ABCDEFGHJKM')).toBe('ABCD-EFGH-JKM');
    expect(readPairingCode('ABCD-EFGH-JK')).toBeUndefined();
    expect(readPairingCode('ABCD-EFGH-JKL')).toBeUndefined();
    expect(readPairingCode('ABCD-EFGH-JKMM')).toBeUndefined();
  });

  it('seal the shop password so that only the same code opens it, and the proof is not the key', async () => {
    const keys = await pairingKeys('ABCDEFGHJKM');
    expect(keys.proof.equals(keys.sealKey)).toBe(false);
    expect((await pairingKeys('ABCDEFGHJKM')).proof.equals(keys.proof)).toBe(true);
    const sealed = sealPassword('the-shop-password-0123456789', keys.sealKey);
    expect(sealed).not.toContain('the-shop-password');
    expect(openSealedPassword(sealed, keys.sealKey)).toBe('the-shop-password-0123456789');
    expect(openSealedPassword(sealed, (await pairingKeys('ABCDEFGHJKN')).sealKey)).toBeUndefined();
    expect(openSealedPassword(sealed, keys.proof)).toBeUndefined();
    // A changed ciphertext (its first character: the last may carry only padding bits) is refused.
    const [version, iv, tag, body] = sealed.split('.') as [string, string, string, string];
    const changed = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    expect(openSealedPassword([version, iv, tag, changed].join('.'), keys.sealKey)).toBeUndefined();
  });
});

describe('the server address a counter types', () => {
  it('is host[:port], 5432 by default', () => {
    expect(readServerAddress('192.168.1.20')).toEqual({ hostPart: '192.168.1.20', port: 5432 });
    expect(readServerAddress(' kasa-pc.local:5433 ')).toEqual({ hostPart: 'kasa-pc.local', port: 5433 });
    expect(readServerAddress('[fd00::5]:5432')).toEqual({ hostPart: '[fd00::5]', port: 5432 });
    expect(readServerAddress('fd00::5')).toEqual({ hostPart: '[fd00::5]', port: 5432 });
    for (const wrong of ['', 'postgres://x@y', 'host:99999', 'a b', 'host:port']) {
      expect(() => readServerAddress(wrong)).toThrow();
    }
  });
});

describe('the shop’s role name', () => {
  it('is made from the shop’s name under the role rule', () => {
    expect(shopRoleName('Moda Butik')).toBe('dukkan_moda_butik');
    expect(shopRoleName('Çiçekçi Şükrü & Oğulları')).toBe('dukkan_cicekci_sukru_ogullari');
    expect(shopRoleName('İSTANBUL ışık')).toBe('dukkan_istanbul_isik');
    expect(shopRoleName('***')).toBe('dukkan');
    for (const name of ['x'.repeat(200), 'Moda Butik', '1234', '']) expect(shopRoleName(name)).toMatch(/^[a-z][a-z0-9_]{2,40}$/);
  });
});
