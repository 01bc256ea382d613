import { afterEach, describe, expect, it } from 'vitest';
import { decodeStoredSecret, encodeBoundSecret } from '../../../src/main/credentials/bound-secret';
import { withRedaction } from '../../../src/main/credentials/redacting-vault';
import { Redactor } from '../../../src/main/log/redactor';
import { createTestVault } from '../../support/test-vault';

const keychain = createTestVault('bound');
afterEach(() => keychain.cleanup());

describe('keychain values bound to an address', () => {
  it('round-trips the value with its origin, in one string', () => {
    const entry = encodeBoundSecret('sck_İşğ_"quoted"\nPEM', 'https://api.paynet.com.tr');
    expect(decodeStoredSecret(entry)).toEqual({ value: 'sck_İşğ_"quoted"\nPEM', origin: 'https://api.paynet.com.tr' });
  });

  it('reads a bare value of an older version, or anything not quite our envelope, as unbound', () => {
    expect(decodeStoredSecret('sck_plain_legacy_key')).toEqual({ value: 'sck_plain_legacy_key', origin: null });
    for (const raw of ['{"paydeskBound":1,"origin":"https://x"', '{"paydeskBound":2,"origin":"https://x","value":"v"}', '{"paydeskBound":1,"value":"v"}']) {
      expect(decodeStoredSecret(raw)).toEqual({ value: raw, origin: null });
    }
  });

  it('teaches the redactor the bare key, not only the stored envelope', async () => {
    await keychain.set('acc_0000000000000001', 'secretKey', encodeBoundSecret('sck_read_back_key_123', 'https://a.example'));
    const redactor = new Redactor();
    const vault = withRedaction(keychain, redactor);
    await vault.get('acc_0000000000000001', 'secretKey');
    await vault.set('acc_0000000000000001', 'apiKey', encodeBoundSecret('api_written_key_456', 'https://a.example'));
    expect(redactor.redact('got sck_read_back_key_123 and api_written_key_456')).toBe('got [secret] and [secret]');
  });
});
