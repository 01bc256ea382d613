import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../src/main/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.paytr.com/link/NB2Zlz3',
    'https://pts-api.paynet.com.tr/x',
    'https://magaza.oduyo.com.tr/paymentnew/?a=b',
    'https://wa.me/905551234567?text=Merhaba%20%C3%96deme',
    'https://api.whatsapp.com/send?phone=905551234567',
    'mailto:musteri@example.com?subject=%C3%96deme&body=link',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

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
    'not a url',
    '',
  ])('refuses %j', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
