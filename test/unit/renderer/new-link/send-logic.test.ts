import { describe, expect, it } from 'vitest';
import { isNewLinkShortcut } from '../../../../src/renderer/src/features/new-link/new-link-commands';
import { checkSendTarget } from '../../../../src/renderer/src/features/new-link/send-logic';
import { sendTargetIssues } from '../../../../src/shared/rules/link-rules';

const typed = (phone: string, email = '') => ({ phone, email });

describe('send targets', () => {
  it('need a number for provider SMS, normalised to E.164, and a Turkish mobile for PayTR', () => {
    expect(checkSendTarget('sms', 'paytr', typed('0555 123 45 67'))).toEqual({ ok: true, to: '+905551234567' });
    expect(checkSendTarget('sms', 'paytr', typed(''))).toMatchObject({ ok: false, field: 'phone', message: { en: 'Type a mobile number to send it.' } });
    expect(checkSendTarget('sms', 'paytr', typed('0212 555 12 12'))).toMatchObject({ ok: false, field: 'phone' });
    expect(checkSendTarget('sms', 'paytr', typed('12'))).toMatchObject({ ok: false, message: { tr: 'Telefon numarası geçersiz; örneğin 0555 123 45 67.' } });
  });

  it('let WhatsApp and the e-mail app go without a recipient (the user picks one there)', () => {
    expect(checkSendTarget('whatsapp', 'isbank', typed(''))).toEqual({ ok: true, to: undefined });
    expect(checkSendTarget('whatsapp', 'isbank', typed('+44 7911 123456'))).toEqual({ ok: true, to: '+447911123456' });
    expect(checkSendTarget('whatsapp', 'isbank', typed('abc'))).toMatchObject({ ok: false, field: 'phone' });
    expect(checkSendTarget('mailto', 'oduyo', typed('', ''))).toEqual({ ok: true, to: undefined });
    expect(checkSendTarget('mailto', 'oduyo', typed('', 'a@'))).toMatchObject({ ok: false, field: 'email' });
  });

  it('need an address for provider e-mail, checked by PayTR’s rule', () => {
    expect(checkSendTarget('email', 'paytr', typed('', ' ayse@example.com '))).toEqual({ ok: true, to: 'ayse@example.com' });
    expect(checkSendTarget('email', 'paytr', typed('', ''))).toMatchObject({ ok: false, field: 'email' });
    expect(checkSendTarget('email', 'paytr', typed('', `${'a'.repeat(95)}@x.com`))).toMatchObject({
      ok: false,
      message: { en: 'The e-mail address can be at most 100 characters.' },
    });
  });
});

describe('the form and main agree on provider sends', () => {
  it('refuse exactly the same numbers and addresses (one rule in shared/rules)', () => {
    const phones = ['+905551234567', '+902125551212', '+447911123456', '+90555123456'];
    const emails = ['ayse@example.com', `${'a'.repeat(95)}@x.com`, 'a@b', 'ayşe@örnek.com.tr'];
    for (const provider of ['paytr', 'paynet'] as const) {
      for (const phone of phones) {
        expect(checkSendTarget('sms', provider, typed(phone)).ok, `${provider} sms ${phone}`).toBe(sendTargetIssues(provider, 'sms', phone).length === 0);
      }
      for (const email of emails) {
        expect(checkSendTarget('email', provider, typed('', email)).ok, `${provider} e-mail ${email}`).toBe(sendTargetIssues(provider, 'email', email).length === 0);
      }
    }
  });
});

describe('new-link shortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('is Ctrl+N or Cmd+N, nothing else', () => {
    expect(isNewLinkShortcut(key('n', { ctrlKey: true }))).toBe(true);
    expect(isNewLinkShortcut(key('N', { metaKey: true }))).toBe(true);
    expect(isNewLinkShortcut(key('n'))).toBe(false);
    expect(isNewLinkShortcut(key('n', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isNewLinkShortcut(key('m', { ctrlKey: true }))).toBe(false);
  });
});
