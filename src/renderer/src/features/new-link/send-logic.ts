import { customerSchema } from '@shared/domain/link';
import { normalisePhone } from '@shared/domain/phone';
import type { ProviderId } from '@shared/domain/provider-id';
import { issue, type ValidationIssue } from '@shared/domain/validation';
import { sendTargetIssues } from '@shared/rules/link-rules';
import { mobilePhoneIssues } from '@shared/rules/text-rules';
import { fail, type AppError, type LocalizedText } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { useNewLinkStore } from './new-link-store';

export type SendChannelKey = 'sms' | 'email' | 'whatsapp' | 'mailto';

export type SendOutcome =
  | { state: 'busy' }
  | { state: 'sent'; to: string }
  | { state: 'queued' }
  | { state: 'opened'; channel: 'whatsapp' | 'mailto' }
  | { state: 'failed'; error: AppError };

export type SendTarget = { ok: true; to: string | undefined } | { ok: false; field: 'phone' | 'email'; message: LocalizedText };

const first = (issues: ValidationIssue[], field: 'phone' | 'email'): SendTarget | null =>
  issues[0] ? { ok: false, field, message: issues[0].message } : null;

/**
 * The number or address a send goes to, checked before anything is asked of main: provider SMS
 * and e-mail need one (and the provider's own rule, e.g. PayTR's Turkish mobiles); WhatsApp and
 * the e-mail app take one if given.
 */
export function checkSendTarget(key: SendChannelKey, provider: ProviderId, typed: { phone: string; email: string }): SendTarget {
  if (key === 'sms' || key === 'whatsapp') {
    const phone = normalisePhone(typed.phone);
    if (!phone.ok && (key === 'sms' || phone.reason === 'invalid')) {
      const message =
        phone.reason === 'empty'
          ? { tr: 'Göndermek için bir cep telefonu yazın.', en: 'Type a mobile number to send it.' }
          : { tr: 'Telefon numarası geçersiz; örneğin 0555 123 45 67.', en: 'The phone number is not valid; e.g. 0555 123 45 67.' };
      return { ok: false, field: 'phone', message };
    }
    const e164 = phone.ok ? phone.e164 : undefined;
    // A provider SMS: the same rule main applies (shared/rules/link-rules.ts); WhatsApp: a mobile, if any.
    const issues = key === 'sms' && e164 ? sendTargetIssues(provider, 'sms', e164) : mobilePhoneIssues(e164, 'phone');
    return first(issues, 'phone') ?? { ok: true, to: e164 };
  }
  const email = typed.email.trim();
  if (!email) {
    if (key === 'mailto') return { ok: true, to: undefined };
    return { ok: false, field: 'email', message: { tr: 'Göndermek için bir e-posta adresi yazın.', en: 'Type an e-mail address to send it.' } };
  }
  if (key === 'email') return first(sendTargetIssues(provider, 'email', email), 'email') ?? { ok: true, to: email };
  if (!customerSchema.shape.email.safeParse(email).success) {
    return first([issue('email', 'Geçerli bir e-posta adresi girin.', 'Enter a valid e-mail address.')], 'email')!;
  }
  return { ok: true, to: email };
}

/** Runs one send through main and says how it went; the link's fresher record goes to the store. */
export async function runSend(reference: string, key: SendChannelKey, to: string | undefined): Promise<SendOutcome> {
  const store = useNewLinkStore.getState();
  if (key === 'whatsapp' || key === 'mailto') {
    const result = await invoke('links:share', { reference, channel: key, ...(to ? { to } : {}) });
    if (!result.ok) return { state: 'failed', error: result.error };
    store.receiveRecord(result.value);
    return { state: 'opened', channel: key };
  }
  const result = await invoke('links:send', { reference, channel: key, to: to ?? '' });
  if (!result.ok) return { state: 'failed', error: result.error };
  const { item, record } = result.value;
  if (record) store.receiveRecord(record);
  switch (item.state) {
    case 'created':
      return { state: 'sent', to: to ?? '' };
    case 'queued':
    case 'retry-wait':
    case 'sending':
      return { state: 'queued' };
    case 'unknown':
      return { state: 'failed', error: item.lastError ?? fail('ambiguous', 'send answer lost').error };
    default:
      return { state: 'failed', error: item.lastError ?? fail('provider-rejected', 'not sent').error };
  }
}
