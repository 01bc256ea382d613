import { describe, expect, it } from 'vitest';
import { allowedExternalHref } from '../../../src/main/external-links';

describe('allowedExternalHref', () => {
  it.each([
    'https://www.paytr.com/link/NB2Zlz3',
    'https://pts-api.paynet.com.tr/x',
    'https://magaza.oduyo.com.tr/paymentnew/?a=b',
    'https://wa.me/905551234567?text=Merhaba%20%C3%96deme',
    'https://api.whatsapp.com/send?phone=905551234567',
    'mailto:musteri@example.com?subject=%C3%96deme&body=link',
  ])('allows %s', (url) => expect(allowedExternalHref(url)).toBe(new URL(url).href));

  it.each([
    'http://www.paytr.com/link/x',
    'https://paytr.com.evil.example/',
    'https://evilpaytr.com/',
    'https://user:pass@www.paytr.com/',
    'https://www.paytr.com:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://share/x',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:a@b.com%0d%0abcc:x@y.z\r\n',
    'mailto:a@b.com?subject=x&attach=C:\\Users\\kasa\\Documents\\musteriler.xlsx',
    'mailto:a@b.com?cc=rakip@example.com&body=link',
    'not a url',
    '',
  ])('refuses %j', (url) => expect(allowedExternalHref(url)).toBeUndefined());

  it('matches a custom account\'s host exactly: https://com.tr does not open every .com.tr site', () => {
    expect(allowedExternalHref('https://com.tr/odeme/1', ['com.tr'])).toBe('https://com.tr/odeme/1');
    expect(allowedExternalHref('https://evil.com.tr/odeme/1', ['com.tr'])).toBeUndefined();
    expect(allowedExternalHref('https://magaza.ornek.com.tr/x', ['ornek.com.tr'])).toBeUndefined();
  });

  it('hands the OS the parsed address, never the raw string', () => {
    expect(allowedExternalHref('HTTPS://WWW.PAYTR.COM/link/a b')).toBe('https://www.paytr.com/link/a%20b');
  });
});
