import { describe, expect, it } from 'vitest';
import {
  isShareableEmail,
  mailtoUrl,
  shareMessage,
  shareSubject,
  whatsappDigits,
  whatsappUrl,
  type ShareFacts,
} from '../../../src/shared/domain/share-message';

const facts = (over: Partial<ShareFacts> = {}): ShareFacts => ({
  language: 'tr',
  shopName: 'Işıklı Kırtasiye',
  customerName: 'Ayşe Yılmaz',
  amount: { minor: 125050, currency: 'TRY' },
  linkType: 'amount',
  description: 'Okul çantası',
  url: 'https://www.paytr.com/link/NB2Zlz3',
  // 14:05 in Istanbul (UTC+3).
  expiresAt: '2026-11-22T11:05:00.000Z',
  ...over,
});

describe('shareMessage', () => {
  it('Turkish: names the customer, the shop, the amount the Turkish way, the link and the expiry', () => {
    expect(shareMessage(facts())).toBe(
      [
        'Merhaba Ayşe Yılmaz,',
        'Işıklı Kırtasiye için 1.250,50 ₺ tutarındaki ödemenizi bu linkten yapabilirsiniz:',
        'https://www.paytr.com/link/NB2Zlz3',
        'Açıklama: Okul çantası',
        'Son geçerlilik: 22.11.2026 14:05',
      ].join('\n'),
    );
  });

  it('English: same facts, amount still formatted 1.250,50 ₺', () => {
    expect(shareMessage(facts({ language: 'en' }))).toBe(
      [
        'Hello Ayşe Yılmaz,',
        'You can pay 1.250,50 ₺ to Işıklı Kırtasiye with this link:',
        'https://www.paytr.com/link/NB2Zlz3',
        'Description: Okul çantası',
        'Valid until: 22.11.2026 14:05',
      ].join('\n'),
    );
  });

  it('leaves out what is not known (no shop name, no customer, no expiry, no description)', () => {
    const bare = facts({ shopName: '  ', customerName: undefined, expiresAt: undefined, description: ' ' });
    expect(shareMessage(bare)).toBe(
      'Merhaba,\n1.250,50 ₺ tutarındaki ödemenizi bu linkten yapabilirsiniz:\nhttps://www.paytr.com/link/NB2Zlz3',
    );
    expect(shareMessage({ ...bare, language: 'en' })).toBe('Hello,\nYou can pay 1.250,50 ₺ with this link:\nhttps://www.paytr.com/link/NB2Zlz3');
  });

  it('flex and open-amount links say what the payer enters', () => {
    const flex = facts({ linkType: 'flex', amount: { minor: 25000, currency: 'TRY' }, maxAmountMinor: 100000 });
    expect(shareMessage(flex)).toContain('Işıklı Kırtasiye için 250,00 ₺ ile 1.000,00 ₺ arasındaki ödemenizi');
    expect(shareMessage({ ...flex, language: 'en' })).toContain('You can pay between 250,00 ₺ and 1.000,00 ₺ to Işıklı Kırtasiye');
    const open = facts({ linkType: 'open-amount' });
    expect(shareMessage(open)).toContain('Işıklı Kırtasiye için ödemenizi bu linkten yapabilirsiniz (tutarı siz girersiniz):');
    expect(shareMessage(open)).not.toContain('₺');
    expect(shareMessage({ ...open, language: 'en' })).toContain('You can pay to Işıklı Kırtasiye with this link (you enter the amount):');
  });

  it('other currencies keep their symbol; user text cannot break the layout', () => {
    const text = shareMessage(facts({ amount: { minor: 5, currency: 'EUR' }, description: 'iki\nsatır\r\n  açıklama' }));
    expect(text).toContain('0,05 € tutarındaki');
    expect(text).toContain('Açıklama: iki satır açıklama');
    expect(text.split('\n')).toHaveLength(5);
  });

  it('joins e-mail lines with CRLF', () => {
    expect(shareMessage(facts(), '\r\n').split('\r\n')).toHaveLength(5);
  });
});

describe('shareSubject', () => {
  it('names the shop and the amount', () => {
    expect(shareSubject(facts())).toBe('Işıklı Kırtasiye – ödeme linki (1.250,50 ₺)');
    expect(shareSubject(facts({ language: 'en' }))).toBe('Işıklı Kırtasiye – payment link (1.250,50 ₺)');
    expect(shareSubject(facts({ shopName: '' }))).toBe('Ödeme linki (1.250,50 ₺)');
    expect(shareSubject(facts({ linkType: 'open-amount', language: 'en', shopName: '' }))).toBe('Payment link');
  });
});

describe('whatsappDigits', () => {
  it.each([
    ['+905321234567', '905321234567'],
    ['0532 123 45 67', '905321234567'],
    ['532 123 4567', '905321234567'],
    ['(0532) 123-45-67', '905321234567'],
    ['+49 1512 3456789', '4915123456789'],
  ])('%s → %s', (input, digits) => {
    expect(whatsappDigits(input)).toBe(digits);
  });

  it.each(['', 'abc', '123', '+90 532', 'javascript:alert(1)'])('refuses %j', (input) => {
    expect(whatsappDigits(input)).toBeNull();
  });
});

describe('whatsappUrl', () => {
  it('is wa.me/<digits> with the whole message as text', () => {
    const url = new URL(whatsappUrl(facts(), '905321234567'));
    expect(url.origin).toBe('https://wa.me');
    expect(url.pathname).toBe('/905321234567');
    expect(url.searchParams.get('text')).toBe(shareMessage(facts()));
    expect(whatsappUrl(facts(), '905321234567')).toContain('1.250%2C50%20%E2%82%BA');
  });

  it('without a number lets WhatsApp pick the chat; junk never reaches the path', () => {
    expect(whatsappUrl(facts())).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(whatsappUrl(facts(), '90/../x')).toMatch(/^https:\/\/wa\.me\/\?text=/);
  });
});

describe('mailtoUrl', () => {
  it('has the address, the subject and a CRLF body, all percent-encoded', () => {
    const raw = mailtoUrl(facts(), 'ayse.yilmaz@example.com');
    expect(raw.startsWith('mailto:ayse.yilmaz@example.com?subject=')).toBe(true);
    expect(raw).not.toMatch(/[\s\r\n]/);
    const url = new URL(raw);
    expect(url.searchParams.get('subject')).toBe('Işıklı Kırtasiye – ödeme linki (1.250,50 ₺)');
    expect(url.searchParams.get('body')).toBe(shareMessage(facts(), '\r\n'));
  });

  it('leaves the address empty when none (or a malformed one) is given', () => {
    expect(mailtoUrl(facts())).toMatch(/^mailto:\?subject=/);
    expect(mailtoUrl(facts(), 'a@b.com?cc=evil@x.com')).toMatch(/^mailto:\?subject=/);
    expect(isShareableEmail('x y@z.com')).toBe(false);
    expect(isShareableEmail('ali@örnek.com.tr')).toBe(true);
  });
});
