import { describe, expect, it } from 'vitest';
import { catalogs, messages, type MessageKey } from '../../../src/shared/i18n/catalog';
import { errorLine, errorText } from '../../../src/shared/i18n/error-text';
import { placeholdersOf, translate } from '../../../src/shared/i18n/translate';
import { errorCodes, fail } from '../../../src/shared/result';

const keys = Object.keys(messages) as MessageKey[];

describe('catalogs', () => {
  it('have every text in Turkish and English with the same placeholders', () => {
    for (const key of keys) {
      const { tr, en } = messages[key];
      expect(tr.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholdersOf(tr), key).toEqual(placeholdersOf(en));
    }
    expect(Object.keys(catalogs.tr)).toEqual(keys);
    expect(Object.keys(catalogs.en)).toEqual(keys);
  });

  it('write Turkish with its own letters, not ASCII stand-ins', () => {
    const turkish = keys.map((key) => messages[key].tr).join('\n');
    for (const letter of ['ğ', 'ş', 'ı', 'İ', 'ö', 'ü', 'ç']) expect(turkish).toContain(letter);
    for (const asciified of [/\bOdeme\b/i, /\bGecmis\b/i, /\bBaglanti/i, /\bSifre\b/i, /\bIsbank\b/, /\bOduyo\b/, /\bAnahtar zinciri kullanilamiyor/i]) {
      expect(turkish).not.toMatch(asciified);
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('tr', 'accounts.saved', { label: 'Kasa' })).toBe('“Kasa” kaydedildi.');
    expect(translate('en', 'validation.tooLong', { max: 80 })).toBe('This field can be at most 80 characters.');
    expect(translate('tr', 'nav.settings')).toBe('Ayarlar');
    // A caller bypassing the types still sees where the value was missing.
    expect(translate('en', 'accounts.saved', {} as { label: string })).toBe('“{label}” was saved.');
  });
});

describe('errorText', () => {
  it('gives every error code its own words in both languages', () => {
    for (const language of ['tr', 'en'] as const) {
      const texts = errorCodes.map((code) => errorText(fail(code, `raw log text for ${code}`).error, language).message);
      expect(new Set(texts).size).toBe(errorCodes.length);
      for (const [i, text] of texts.entries()) {
        expect(text).not.toContain('raw log text');
        expect(text).not.toContain(errorCodes[i]);
      }
    }
  });

  it('prefers a specific userMessage, adds what the provider said and how long to wait, never the log message', () => {
    const error = fail('provider-rejected', 'PayTR said: bad price (token=abc)', {
      userMessage: { tr: 'Tutar geçerli değil.', en: 'The amount is not valid.' },
      providerMessage: 'Zorunlu alan degeri gecersiz: price',
      retryAfterMs: 2500,
    }).error;
    expect(errorText(error, 'tr')).toEqual({
      message: 'Tutar geçerli değil.',
      details: ['Sağlayıcının yanıtı: Zorunlu alan degeri gecersiz: price', 'Sağlayıcı 3 saniye beklemenizi istedi.'],
    });
    expect(errorLine(error, 'en')).toBe(
      'The amount is not valid. The provider said: Zorunlu alan degeri gecersiz: price The provider asked you to wait 3 seconds.',
    );
    expect(errorLine(error, 'en')).not.toContain('token=abc');
  });

  it('falls back to the per-code text and treats an unknown code as internal', () => {
    expect(errorText(fail('network', 'ECONNREFUSED 10.0.0.1').error, 'tr').message).toBe(
      'Sağlayıcıya ulaşılamıyor. İnternet bağlantınızı kontrol edin.',
    );
    const odd = { code: 'exploded' as never, message: 'stack: at foo (bar.js:1)', retryable: false };
    expect(errorText(odd, 'en')).toEqual({ message: translate('en', 'error.internal'), details: [] });
  });
});
