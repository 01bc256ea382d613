import { useState } from 'react';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatPhone } from '@shared/domain/phone';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import { providerNames, type ProviderId } from '@shared/domain/provider-id';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { SendOutcomeLine } from './send-outcome-line';
import { checkSendTarget, runSend, type SendChannelKey, type SendOutcome } from './send-logic';

/**
 * Hands the link to the customer: provider SMS / e-mail where the provider sends after creating
 * (PayTR), WhatsApp and the e-mail app always. Each button shows its own outcome; a failure says
 * why and can be retried.
 */
export function SendActions({ record, provider }: { record: LinkRecord; provider: ProviderId }) {
  const { t, language } = useI18n();
  const caps = providerCapabilities[provider];
  const name = providerNames[provider];
  const [phone, setPhone] = useState(record.customer.phone ? formatPhone(record.customer.phone) : '');
  const [email, setEmail] = useState(record.customer.email ?? '');
  const [outcomes, setOutcomes] = useState<Partial<Record<SendChannelKey, SendOutcome>>>({});
  const [targetError, setTargetError] = useState<{ phone?: string; email?: string }>({});

  const channels: { key: SendChannelKey; label: string }[] = [
    ...(caps.providerSms === 'after-create' ? [{ key: 'sms' as const, label: t('result.sendSms', { provider: name }) }] : []),
    { key: 'whatsapp', label: t('result.whatsapp') },
    ...(caps.providerEmail === 'after-create' ? [{ key: 'email' as const, label: t('result.sendEmail', { provider: name }) }] : []),
    { key: 'mailto', label: t('result.mailto') },
  ];

  async function send(key: SendChannelKey) {
    const target = checkSendTarget(key, provider, { phone, email });
    setTargetError(target.ok ? {} : { [target.field]: target.message[language] });
    // An earlier "WhatsApp opened" must not stand next to this attempt's "the number is not valid".
    if (!target.ok) return setOutcomes((o) => ({ ...o, [key]: undefined }));
    setOutcomes((o) => ({ ...o, [key]: { state: 'busy' } }));
    const outcome = await runSend(record.reference, key, target.to);
    setOutcomes((o) => ({ ...o, [key]: outcome }));
  }

  return (
    <section className="send-actions" aria-labelledby="send-title" data-testid="send-actions">
      <h3 id="send-title">{t('result.send')}</h3>
      <div className="field-row">
        <Field label={t('result.phoneFor')} error={targetError.phone}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="sendPhone"
              type="tel"
              autoComplete="off"
              maxLength={30}
              value={phone}
              onChange={(e) => {
                setPhone(e.target.value);
                setTargetError((errors) => ({ ...errors, phone: undefined }));
              }}
            />
          )}
        </Field>
        <Field label={t('result.emailFor')} error={targetError.email}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="sendEmail"
              type="email"
              autoComplete="off"
              maxLength={100}
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setTargetError((errors) => ({ ...errors, email: undefined }));
              }}
            />
          )}
        </Field>
      </div>
      <ul className="send-list">
        {channels.map(({ key, label }) => {
          const outcome = outcomes[key];
          return (
            <li key={key} className="send-item" data-channel={key}>
              <button type="button" className="button" disabled={outcome?.state === 'busy'} onClick={() => void send(key)}>
                {label}
              </button>
              <SendOutcomeLine outcome={outcome} onRetry={() => void send(key)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Sends made while creating (Paynet's send flags), as the link's timeline recorded them. */
export function SentAtCreate({ record, provider }: { record: LinkRecord; provider: ProviderId }) {
  const { t } = useI18n();
  const caps = providerCapabilities[provider];
  const atCreate = (channel: string | undefined) =>
    (channel === 'sms' && caps.providerSms === 'at-create') || (channel === 'email' && caps.providerEmail === 'at-create');
  const sends = record.timeline.filter((e) => e.kind === 'sent' && atCreate(e.channel));
  if (sends.length === 0) return null;
  return (
    <section className="sent-at-create" aria-labelledby="sent-at-create-title">
      <h3 id="sent-at-create-title">{t('result.sentAtCreate')}</h3>
      <ul className="send-list">
        {sends.map((event, i) => (
          <li key={`${event.at}-${i}`} className={`send-item send-${event.outcome}`}>
            {t(`timeline.sent.${event.channel === 'sms' ? 'sms' : 'email'}.${event.outcome}`)}
            {event.detail ? `: ${/^\+\d{8,15}$/.test(event.detail) ? formatPhone(event.detail) : event.detail}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
