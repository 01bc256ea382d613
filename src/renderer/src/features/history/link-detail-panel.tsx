import { useEffect, useRef } from 'react';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatMoney } from '@shared/domain/money';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import { providerNames } from '@shared/domain/provider-id';
import { ErrorMessage } from '../../components/error-message';
import { QrCode } from '../../components/qr-code';
import { useI18n } from '../../lib/use-i18n';
import { customerLabel } from './history-row';
import { LinkActions } from './link-actions';
import { useLinkDetailStore, type DetailOutcome } from './link-detail-store';
import { LinkFacts } from './link-facts';
import { LinkReminders } from './link-reminders';
import { LinkTimeline } from './link-timeline';
import { StatusBadge } from './status-badge';
import './link-detail.css';

/** The selected link: amount and status, facts, actions and timeline. Esc closes it. */
export function LinkDetailPanel() {
  const { t } = useI18n();
  const reference = useLinkDetailStore((s) => s.reference);
  const record = useLinkDetailStore((s) => s.record);
  const status = useLinkDetailStore((s) => s.status);
  const error = useLinkDetailStore((s) => s.error);
  const closeStore = useLinkDetailStore((s) => s.close);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus moves to the panel when a link is opened, so keyboard users land on what they chose.
  useEffect(() => {
    if (status === 'ready') headingRef.current?.focus();
  }, [reference, status]);

  if (!reference) return null;
  /** Closes the panel and gives focus back to the link's row, so the keyboard user is where they were. */
  const close = () => {
    closeStore();
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.history-row-button[data-reference="${reference}"]`)?.focus());
  };
  return (
    <aside
      className="link-detail"
      aria-label={t('detail.label')}
      data-testid="link-detail"
      data-reference={reference}
      onKeyDown={(event) => {
        // Esc in one of the panel's dialogs closes only that dialog.
        if (event.key !== 'Escape' || event.defaultPrevented || (event.target as Element).closest('dialog')) return;
        event.preventDefault(); // the panel's Esc, not the paid alerts'
        close();
      }}
    >
      <div className="link-detail-head">
        <h2 ref={headingRef} tabIndex={-1} className="link-detail-title">
          {record ? record.description : t('detail.label')}
        </h2>
        <button type="button" className="button button-quiet" onClick={close}>
          {t('detail.close')}
        </button>
      </div>
      {status === 'loading' && <p>{t('detail.loading')}</p>}
      {status === 'error' && error && <ErrorMessage error={error} lead={t('history.loadFailed')} />}
      {record && <DetailBody record={record} />}
    </aside>
  );
}

function DetailBody({ record }: { record: LinkRecord }) {
  const { t } = useI18n();
  const qrShown = useLinkDetailStore((s) => s.qrShown);
  return (
    <>
      <p className="link-detail-amount">{formatMoney(record.amount)}</p>
      {customerLabel(record) && <p className="link-detail-description">{customerLabel(record)}</p>}
      <StatusLine record={record} />
      <LinkActions record={record} />
      <Outcome />
      {qrShown && record.url && (
        <div className="link-detail-qr" data-testid="detail-qr">
          <QrCode value={record.url} size={220} label={t('detail.qrLabel')} />
        </div>
      )}
      <LinkFacts record={record} />
      <LinkReminders record={record} />
      <LinkTimeline events={record.timeline} />
    </>
  );
}

/** Status with when it was last checked, or why it cannot be tracked. */
function StatusLine({ record }: { record: LinkRecord }) {
  const { t } = useI18n();
  const trackable = providerCapabilities[record.provider].statusLookup;
  return (
    <div className="link-status-line" data-testid="detail-status">
      <StatusBadge status={record.status} />
      <span className="link-status-checked">
        {record.statusCheckedAt
          ? t('detail.lastChecked', { time: formatIstanbulDateTime(record.statusCheckedAt) })
          : trackable
            ? t('detail.neverChecked')
            : t('detail.notTrackable', { provider: providerNames[record.provider] })}
      </span>
    </div>
  );
}

const failedKeys = {
  copy: 'detail.failed.copy',
  qr: 'detail.failed.qr',
  check: 'detail.failed.check',
  cancel: 'detail.failed.cancel',
  'mark-paid': 'detail.failed.mark-paid',
  send: 'detail.failed.send',
  clone: 'detail.failed.clone',
} as const;

/** What the last action did, announced politely. */
function Outcome() {
  const { t } = useI18n();
  const outcome: DetailOutcome | undefined = useLinkDetailStore((s) => s.outcome);
  return (
    <div aria-live="polite" data-testid="detail-outcome">
      {outcome?.tone === 'ok' && (
        <p className="message message-success">
          {outcome.key === 'detail.checked' ? t('detail.checked', { status: t(`history.status.${outcome.status}`) }) : t(outcome.key)}
        </p>
      )}
      {outcome?.tone === 'error' &&
        (outcome.error ? (
          <ErrorMessage error={outcome.error} lead={t(failedKeys[outcome.action])} />
        ) : (
          <p className="message message-error" role="alert">
            {t(failedKeys[outcome.action])}
          </p>
        ))}
    </div>
  );
}
