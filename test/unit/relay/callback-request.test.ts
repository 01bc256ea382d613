import { describe, expect, it } from 'vitest';
import { callbackText, contentTypeFits, keptHeaders, routeOf, tokenShaped } from '../../../src/relay/callback-request';

describe('relay request shape', () => {
  it('routes POST /paytr/<token> and /paynet/<token>; anything else is not found or the wrong method', () => {
    expect(routeOf('POST', '/paytr/abc?x=1')).toEqual({ kind: 'callback', provider: 'paytr', token: 'abc' });
    expect(routeOf('POST', '/paynet/abc')).toEqual({ kind: 'callback', provider: 'paynet', token: 'abc' });
    expect(routeOf('GET', '/paytr/abc')).toEqual({ kind: 'wrong-method' });
    for (const path of ['/', '/paytr', '/paytr/a/b', '/iyzico/abc', '/PAYTR/abc']) expect(routeOf('POST', path)).toEqual({ kind: 'not-found' });
  });

  it('tokens are 22–128 URL-safe characters', () => {
    expect(tokenShaped('A'.repeat(22))).toBe(true);
    expect(tokenShaped('A'.repeat(21))).toBe(false);
    expect(tokenShaped(`${'A'.repeat(22)}%00`)).toBe(false);
  });

  it('content types per provider, parameters allowed', () => {
    expect(contentTypeFits('paytr', 'application/x-www-form-urlencoded; charset=UTF-8')).toBe(true);
    expect(contentTypeFits('paytr', 'application/json')).toBe(false);
    expect(contentTypeFits('paynet', 'Application/JSON')).toBe(true);
    expect(contentTypeFits('paynet', undefined)).toBe(false);
  });

  it('keeps only bodies shaped like a callback', () => {
    expect(callbackText('paytr', Buffer.from('merchant_oid=1&hash=x'))).toBe('merchant_oid=1&hash=x');
    expect(callbackText('paytr', Buffer.from('merchant_oid=1'))).toBeUndefined();
    expect(callbackText('paytr', Buffer.from([0x6d, 0x3d, 0xff]))).toBeUndefined();
    expect(callbackText('paynet', Buffer.from('{"referance_no":"PD1"}'))).toBe('{"referance_no":"PD1"}');
    expect(callbackText('paynet', Buffer.from('[1]'))).toBeUndefined();
    expect(callbackText('paynet', Buffer.from('{'))).toBeUndefined();
  });

  it('keeps a few headers, never cookies or authorisation', () => {
    expect(keptHeaders({ 'content-type': 'application/json', cookie: 'a=b', authorization: 'Basic x', 'x-forwarded-for': '1.2.3.4' })).toEqual({
      'content-type': 'application/json',
      'x-forwarded-for': '1.2.3.4',
    });
  });
});
