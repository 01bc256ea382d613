import { describe, expect, it } from 'vitest';
import { isTrustedLinkUrl, LINK_URL_MAX, linkUrlSchema } from '../../../../src/shared/domain/link-url';
import { firstUnsafeTextPath, isSafeText } from '../../../../src/shared/domain/safe-text';

const live = (provider: 'paytr' | 'paynet' | 'isbank') => ({ provider, environment: 'live' as const });
const custom = (baseUrl: string) => ({ provider: 'oduyo' as const, environment: 'custom' as const, baseUrl });

describe('link URLs PayDesk passes on', () => {
  it('are on the provider\'s own domain (subdomains too), over https', () => {
    expect(isTrustedLinkUrl('https://www.paytr.com/link/NB2Zlz3', live('paytr'))).toBe(true);
    expect(isTrustedLinkUrl('https://paytr.com/link/NB2Zlz3', live('paytr'))).toBe(true);
    expect(isTrustedLinkUrl('https://pos.paynet.com.tr/paylink/1', live('paynet'))).toBe(true);
    expect(isTrustedLinkUrl('https://api.isbank.com.tr/pay/1', live('isbank'))).toBe(true);
  });

  it('refuse look-alikes, other providers, plain http, user names and invisible characters', () => {
    expect(isTrustedLinkUrl('https://paytr.com.evil.example/link/x', live('paytr'))).toBe(false);
    expect(isTrustedLinkUrl('https://evilpaytr.com/link/x', live('paytr'))).toBe(false);
    expect(isTrustedLinkUrl('https://www.paynet.com.tr/x', live('paytr'))).toBe(false);
    expect(isTrustedLinkUrl('http://www.paytr.com/link/x', live('paytr'))).toBe(false);
    expect(isTrustedLinkUrl('https://www.paytr.com@evil.example/x', live('paytr'))).toBe(false);
    expect(isTrustedLinkUrl('https://www.paytr.com/link/x\u202Egpj', live('paytr'))).toBe(false);
    expect(isTrustedLinkUrl(`https://www.paytr.com/link/${'a'.repeat(LINK_URL_MAX)}`, live('paytr'))).toBe(false);
  });

  it('of a custom account: exactly its own host, never a parent domain or a sibling', () => {
    expect(isTrustedLinkUrl('https://www.siteadi.com/paymentnew/?a=1', custom('https://www.siteadi.com/api/v1'))).toBe(true);
    expect(isTrustedLinkUrl('https://pay.siteadi.com/x', custom('https://www.siteadi.com/api/v1'))).toBe(false);
    expect(isTrustedLinkUrl('https://shop.com.tr/x', custom('https://com.tr/api'))).toBe(false);
    expect(isTrustedLinkUrl('http://127.0.0.1:4100/link/1', custom('http://127.0.0.1:4100'))).toBe(true);
    expect(isTrustedLinkUrl('http://evil.example/link/1', custom('http://evil.example'))).toBe(false); // http only on loopback
  });

  it('have one shape for adapters and history (at most LINK_URL_MAX characters)', () => {
    expect(linkUrlSchema.safeParse(`https://www.paytr.com/${'a'.repeat(LINK_URL_MAX - 30)}`).success).toBe(true);
    expect(linkUrlSchema.safeParse(`https://www.paytr.com/${'a'.repeat(LINK_URL_MAX)}`).success).toBe(false);
  });
});

describe('text with invisible characters', () => {
  it('is refused: bidi overrides and isolates, direction marks, C0 / C1 controls', () => {
    for (const bad of ['Ayşe\u202Enoyla', 'a\u2066b', 'x\u200Fy', 'nul\u0000', 'bell\u0007', 'c1\u0085']) expect(isSafeText(bad)).toBe(false);
    expect(isSafeText('Çiçekçi Ayşe — 1.250,50 ₺')).toBe(true);
    expect(isSafeText('line\nbreak')).toBe(false);
    expect(isSafeText('-----BEGIN CERTIFICATE-----\nMII…', { lineBreaks: true })).toBe(true);
  });

  it('is found anywhere in an IPC input, by path', () => {
    expect(firstUnsafeTextPath({ request: { customer: { name: 'Ay\u202Eşe' } } })).toBe('request.customer.name');
    expect(firstUnsafeTextPath({ items: ['ok', 'b\u2067'] })).toBe('items.1');
    expect(firstUnsafeTextPath({ request: { description: 'Çay', amount: { minor: 1 } } })).toBeUndefined();
  });
});
