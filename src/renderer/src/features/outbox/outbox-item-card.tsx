import { useState } from 'react';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { providerNames } from '@shared/domain/provider-id';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useAccountsStore } from '../accounts';
import { editOutboxItem } from './edit-outbox-item';
import { outboxActions, outboxAmountText, outboxCustomer, outboxTitle, sendNowLabel } from './outbox-model';
import { useOutboxStore } from './outbox-store';
import { UnknownItemChoice } from './unknown-item-choice';

/** The words of the cancel confirmation: a draft is deleted, a reminder or a request cancelled. */
const cancelConfirm = {
  drafts: { title: 'drafts.deleteConfirm.title', body: 'drafts.deleteConfirm.body', yes: 'drafts.deleteConfirm.yes' },
  reminders: { title: 'reminders.cancelConfirm.title', body: 'reminders.cancelConfirm.body', yes: 'outbox.cancelConfirm.yes' },
  outbox: { title: 'outbox.cancelConfirm.title', body: 'outbox.cancelConfirm.body', yes: 'outbox.cancelConfirm.yes' },
} as const;

/** One outbox item: what, for whom, its state and why the last try failed, and what can be done. */
export function OutboxItemCard({ item }: { item: OutboxItem }) {
  const { t } = useI18n();
  const busy = useOutboxStore((s) => s.busy[item.id]);
  const outcome = useOutboxStore((s) => s.outcomes[item.id]);
  const sendNow = useOutboxStore((s) => s.sendNow);
  const cancel = useOutboxStore((s) => s.cancel);
  const setOutcome = useOutboxStore((s) => s.setOutcome);
  const accountLabel = useAccountsStore((s) => s.views.find((v) => v.account.id === item.accountId)?.account.label);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const actions = outboxActions(item);
  const amount = outboxAmountText(item);
  const customer = outboxCustomer(item);
  const title = outboxTitle(item, t);
  const description = item.job.kind === 'create-link' ? item.job.request.description : undefined;
  const reference = item.job.kind === 'create-link' ? item.job.request.reference : item.job.reference;
  // A draft is the owner's own: "create" sends it, "delete" drops it (the words say so).
  const draft = item.state === 'draft';
  const reminder = item.job.kind === 'remind';
  const cancelWords = draft ? 'drafts' : reminder ? 'reminders' : 'outbox';

  return (
    <li className={`outbox-item outbox-${item.state}`} data-testid="outbox-item" data-id={item.id} data-state={item.state}>
      <div className="outbox-item-head">
        <h3 className="outbox-item-title">
          {title}
          {amount && <span className="outbox-item-amount">{amount}</span>}
        </h3>
        <span className={`badge outbox-state outbox-state-${item.state}`}>{t(`outbox.state.${item.state}`)}</span>
      </div>
      <p className="outbox-item-facts">
        {[customer, description, `${accountLabel ?? providerNames[item.provider]} (${providerNames[item.provider]})`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="outbox-item-times">
        <span>{t('outbox.item.prepared', { time: formatIstanbulDateTime(item.createdAt) })}</span>
        {item.attempts > 0 && <span>{t('outbox.item.attempts', { count: item.attempts })}</span>}
        {reminder && item.state === 'queued' && item.nextAttemptAt && (
          <span data-testid="remind-at">{t('outbox.item.remindAt', { time: formatIstanbulDateTime(item.nextAttemptAt) })}</span>
        )}
        {item.state === 'retry-wait' && item.nextAttemptAt && (
          <span data-testid="next-attempt">{t('outbox.item.nextAttempt', { time: formatIstanbulDateTime(item.nextAttemptAt) })}</span>
        )}
        <span className="mono">{t('outbox.item.reference', { reference })}</span>
      </p>
      {/* An unknown item's choice box explains the lost answer; the others show why the last try failed. */}
      {item.lastError && (item.state === 'queued' || item.state === 'retry-wait' || item.state === 'failed') && (
        <ErrorMessage error={item.lastError} lead={t('outbox.item.lastError')} />
      )}
      {item.resolution && <p className="outbox-resolution">{t(`outbox.resolution.${item.resolution}`)}</p>}

      {actions.resolve && <UnknownItemChoice item={item} />}
      {(actions.sendNow || actions.edit || actions.cancel) && (
        <div className="outbox-actions">
          {actions.sendNow && (
            <button
              type="button"
              className={draft || item.state === 'due' ? 'button button-primary' : 'button'}
              disabled={busy !== undefined}
              onClick={() => void sendNow(item.id)}
            >
              {t(sendNowLabel(item))}
            </button>
          )}
          {actions.edit && (
            <button
              type="button"
              className="button"
              disabled={busy !== undefined}
              onClick={() => {
                if (!editOutboxItem(item)) setOutcome(item.id, { tone: 'problem', key: 'outbox.editUnavailable' });
              }}
            >
              {t('outbox.edit')}
            </button>
          )}
          {actions.cancel && (
            <button type="button" className="button button-quiet-danger" disabled={busy !== undefined} onClick={() => setConfirmCancel(true)}>
              {t(draft ? 'drafts.delete' : reminder ? 'reminders.cancel' : 'outbox.cancel')}
            </button>
          )}
        </div>
      )}
      <div aria-live="polite">
        {outcome?.tone === 'ok' && <p className="message message-success">{t(outcome.key)}</p>}
        {outcome?.tone === 'error' && <ErrorMessage error={outcome.error} />}
        {outcome?.tone === 'problem' && (
          <p className="message message-error" role="alert">
            {t(outcome.key)}
          </p>
        )}
      </div>
      {confirmCancel && (
        <ConfirmDialog
          title={t(cancelConfirm[cancelWords].title)}
          confirmLabel={t(cancelConfirm[cancelWords].yes)}
          danger
          onClose={() => setConfirmCancel(false)}
          onConfirm={() => cancel(item.id)}
        >
          <p>{t(cancelConfirm[cancelWords].body)}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
