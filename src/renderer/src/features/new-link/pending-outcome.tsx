import { useEffect, useRef } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { formatMoney } from '@shared/domain/money';
import { providerNames, type ProviderId } from '@shared/domain/provider-id';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useNewLinkStore } from './new-link-store';
import { useRecordUpdates } from './use-record-updates';

/**
 * links:create answered with an item that has not become a link yet: a saved draft, queued
 * (offline), waiting to retry, being sent, or unknown (the answer was lost). Said plainly, with
 * no QR code; when the link is created the view turns into the result by itself.
 */
/** Failures that mean "no answer" rather than "no": the provider may be down while the internet works. */
const unanswered: ReadonlySet<string> = new Set(['network', 'timeout', 'provider-unavailable']);

export function PendingOutcome({ item, provider }: { item: OutboxItem; provider: ProviderId }) {
  const { t } = useI18n();
  // The computer is online but this provider did not answer: name it, and do not blame the connection.
  const providerDown = item.state === 'retry-wait' && unanswered.has(item.lastError?.code ?? '') && navigator.onLine;
  const name = providerNames[provider];
  const go = useNavigation((s) => s.go);
  const startNew = useNewLinkStore((s) => s.startNew);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useRecordUpdates(item.id);
  useEffect(() => headingRef.current?.focus(), [item.id]);

  let title: string;
  let body: string;
  if (item.state === 'unknown') {
    title = t('pending.unknown.title');
    body = t('pending.unknown.body');
  } else if (providerDown) {
    title = t('pending.providerDown.title', { provider: name });
    body = t('pending.providerDown.body', {
      provider: name,
      time: item.nextAttemptAt ? formatIstanbulDateTime(item.nextAttemptAt).slice(11) : '—',
    });
  } else if (item.state === 'retry-wait') {
    title = t('pending.retry.title');
    body = t('pending.retry.body', { time: item.nextAttemptAt ? formatIstanbulDateTime(item.nextAttemptAt).slice(11) : '—' });
  } else if (item.state === 'sending') {
    title = t('pending.sending.title');
    body = t('pending.sending.body');
  } else if (item.shop && item.state === 'queued') {
    title = t('pending.shop.title');
    body = t('pending.shop.body');
  } else if (item.state === 'draft') {
    title = t('pending.draft.title');
    body = t('pending.draft.body');
  } else {
    title = t('pending.queued.title');
    body = t('pending.queued.body');
  }
  const request = item.job.kind === 'create-link' ? item.job.request : undefined;

  return (
    <section
      className={`pending-outcome card pending-${item.state}`}
      aria-labelledby="pending-title"
      data-testid="pending-outcome"
      data-state={item.state}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        startNew();
      }}
    >
      <h2 id="pending-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <p role="status">{body}</p>
      {request && (
        <p className="link-result-summary">
          <strong>{formatMoney(request.amount)}</strong> · {request.description}
          {request.customer.name ? ` · ${request.customer.name}` : ''}
        </p>
      )}
      {item.lastError && !providerDown && <ErrorMessage error={item.lastError} lead={t('pending.lastError')} />}
      <div className="new-link-actions">
        {item.state === 'draft' ? (
          <button type="button" className="button button-large" onClick={() => go('drafts')}>
            {t('pending.openDrafts')}
          </button>
        ) : (
          <button type="button" className="button button-large" onClick={() => go('outbox')}>
            {t('pending.openOutbox')}
          </button>
        )}
        <button type="button" className="button button-primary button-large" onClick={() => startNew()}>
          {t('result.newLink')}
        </button>
      </div>
      <p className="new-link-reference">
        {t('newLink.reference')}: <span className="mono">{item.id}</span>
      </p>
    </section>
  );
}
