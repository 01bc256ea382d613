import { formatPhone } from '@shared/domain/phone';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import type { SendOutcome } from './send-logic';

/** What became of one send, announced politely; a failure says why and offers to try again. */
export function SendOutcomeLine({ outcome, onRetry }: { outcome: SendOutcome | undefined; onRetry(): void }) {
  const { t } = useI18n();
  if (outcome?.state === 'failed') {
    return (
      <div className="send-outcome send-outcome-failed">
        <ErrorMessage error={outcome.error} lead={t('result.sendFailed')} />
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  let text = '';
  if (outcome?.state === 'busy') text = t('result.sending');
  else if (outcome?.state === 'sent') text = t('result.sentTo', { to: outcome.to.startsWith('+') ? formatPhone(outcome.to) : outcome.to });
  else if (outcome?.state === 'queued') text = t('result.queuedSend');
  else if (outcome?.state === 'opened') text = outcome.channel === 'whatsapp' ? t('result.openedWhatsapp') : t('result.openedMailto');
  return (
    <p className={`send-outcome${outcome?.state === 'queued' ? ' send-outcome-queued' : ''}`} role="status">
      {text}
    </p>
  );
}
