import { useState, type FormEvent } from 'react';
import type { LinkRecord } from '@shared/domain/link-record';
import { normalisePhone, formatPhone } from '@shared/domain/phone';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import { providerNames } from '@shared/domain/provider-id';
import { Dialog } from '../../components/dialog';
import { FormDialogActions } from '../../components/form-dialog-actions';
import { Field } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useLinkDetailStore, type DetailOutcome } from './link-detail-store';

type ResendChannel = 'sms' | 'email' | 'whatsapp' | 'mailto';

/** The ways this link can go out again: provider SMS / e-mail where the provider sends after creation. */
export function resendChannels(record: Pick<LinkRecord, 'provider'>): ResendChannel[] {
  const caps = providerCapabilities[record.provider];
  const channels: ResendChannel[] = [];
  if (caps.providerSms === 'after-create') channels.push('sms');
  if (caps.providerEmail === 'after-create') channels.push('email');
  channels.push('whatsapp', 'mailto');
  return channels;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sends the link again by the channel the user picks, to the customer's number or address (editable). */
export function ResendDialog({ record, onClose }: { record: LinkRecord; onClose(): void }) {
  const { t } = useI18n();
  const run = useLinkDetailStore((s) => s.run);
  const begin = useLinkDetailStore((s) => s.begin);
  const setOutcome = useLinkDetailStore((s) => s.setOutcome);
  const receive = useLinkDetailStore((s) => s.receive);
  const channels = resendChannels(record);
  const [channel, setChannel] = useState<ResendChannel>(channels[0] ?? 'whatsapp');
  const [phone, setPhone] = useState(record.customer.phone ? formatPhone(record.customer.phone) : '');
  const [email, setEmail] = useState(record.customer.email ?? '');
  const [problem, setProblem] = useState<'resend.badPhone' | 'resend.badEmail'>();
  const [busy, setBusy] = useState(false);
  const byPhone = channel === 'sms' || channel === 'whatsapp';
  const provider = providerNames[record.provider];

  /** The recipient, or a problem; WhatsApp and the e-mail app may open without one (the user picks there). */
  function recipient(): { to?: string } | 'resend.badPhone' | 'resend.badEmail' {
    if (byPhone) {
      if (!phone.trim() && channel === 'whatsapp') return {};
      const parsed = normalisePhone(phone);
      return parsed.ok ? { to: parsed.e164 } : 'resend.badPhone';
    }
    if (!email.trim() && channel === 'mailto') return {};
    return EMAIL.test(email.trim()) ? { to: email.trim() } : 'resend.badEmail';
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const target = recipient();
    if (typeof target === 'string') return setProblem(target);
    setProblem(undefined);
    setBusy(true);
    const { reference } = record;
    if (channel === 'sms' || channel === 'email') {
      const to = target.to ?? '';
      begin('send');
      const result = await invoke('links:send', { reference, channel, to });
      if (!result.ok) setOutcome({ tone: 'error', action: 'send', error: result.error });
      else {
        if (result.value.record) receive(result.value.record);
        setOutcome(sendOutcome(result.value.item.state, result.value.item.lastError));
      }
    } else {
      await run('send', () => invoke('links:share', { reference, channel, ...target }), () => ({ tone: 'ok', key: 'resend.opened' }));
    }
    onClose();
  }

  return (
    <Dialog title={t('resend.title')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="choice-group">
          <legend className="field-label">{t('resend.channel')}</legend>
          {channels.map((c) => (
            <label key={c} className="choice">
              <input type="radio" name="resend-channel" value={c} checked={channel === c} onChange={() => setChannel(c)} />
              {c === 'sms' || c === 'email' ? t(`resend.${c}`, { provider }) : t(`resend.${c}`)}
            </label>
          ))}
        </fieldset>
        {byPhone ? (
          <Field label={t('resend.phone')} help={t('resend.phoneHelp')} error={problem && t(problem)} required={channel === 'sms'}>
            {(control) => (
              <input {...control} className="input" type="tel" autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} />
            )}
          </Field>
        ) : (
          <Field label={t('resend.emailAddress')} error={problem && t(problem)} required={channel === 'email'}>
            {(control) => (
              <input {...control} className="input" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
            )}
          </Field>
        )}
        <FormDialogActions onCancel={onClose} busy={busy} submitLabel={t('resend.send')} busyLabel={t('resend.sending')} />
      </form>
    </Dialog>
  );
}

/** A provider send goes through the outbox: sent, waiting for the connection, or refused with a reason. */
function sendOutcome(state: string, lastError: DetailOutcomeError): DetailOutcome {
  if (state === 'created') return { tone: 'ok', key: 'resend.sent' };
  if (state === 'failed' || state === 'unknown' || state === 'cancelled') {
    return lastError ? { tone: 'error', action: 'send', error: lastError } : { tone: 'error', action: 'send' };
  }
  return { tone: 'ok', key: 'resend.queued' };
}

type DetailOutcomeError = Extract<DetailOutcome, { tone: 'error' }>['error'];
