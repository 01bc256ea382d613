import { describe, expect, it } from 'vitest';
import { accountUrlSchema, isSecureAccountUrl, originOf, storedAccountUrlSchema } from '../../../../src/shared/domain/account-address';

describe('account addresses', () => {
  it.each([
    ['https://api.paynet.com.tr', true],
    ['HTTPS://Odeme.Example.com:8443/api', true],
    ['http://127.0.0.1:9100', true],
    ['http://localhost:9100/api/v1', true],
    ['http://LOCALHOST', true],
    ['http://[::1]:9100', true],
    ['http://api.paynet.com.tr', false],
    ['http://127.0.0.2', false],
    ['http://127.0.0.1.example.com', false],
    ['http://localhost.example.com', false],
    ['https://user:pass@api.example.com', false],
    ['ftp://127.0.0.1', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s is secure: %s', (url, secure) => {
    expect(isSecureAccountUrl(url)).toBe(secure);
    expect(accountUrlSchema.safeParse(url).success).toBe(secure);
  });

  it('still loads any http(s) URL an older version stored', () => {
    expect(storedAccountUrlSchema.safeParse('http://api.paynet.com.tr').success).toBe(true);
    expect(storedAccountUrlSchema.safeParse('ftp://api.paynet.com.tr').success).toBe(false);
  });

  it('reduces a URL to the origin a secret is bound to', () => {
    expect(originOf('https://Odeme.Example.com:443/api/v1?x=1')).toBe('https://odeme.example.com');
    expect(originOf('http://127.0.0.1:9100/api')).toBe('http://127.0.0.1:9100');
    expect(originOf('mailto:a@b.com')).toBeUndefined();
  });
});
