import { useState } from 'react';
import type { UnknownDecision } from '@shared/domain/outbox-item';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useI18n } from '../../lib/use-i18n';

/**
 * The two choices on a link that may have been created: it was (the owner checks the provider's
 * panel), or create it again, confirmed with the warning that the customer may get two links.
 */
export function UnknownDecisionButtons({ amount, disabled, onDecide }: { amount: string; disabled: boolean; onDecide(decision: UnknownDecision): Promise<unknown> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="outbox-actions">
        <button type="button" className="button button-primary" disabled={disabled} onClick={() => void onDecide('was-created')}>
          {t('outbox.unknown.wasCreated')}
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => setConfirming(true)}>
          {t('outbox.unknown.createAgain')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('outbox.createAgain.title')}
          confirmLabel={t('outbox.createAgain.yes')}
          danger
          onClose={() => setConfirming(false)}
          onConfirm={() => onDecide('create-again')}
        >
          <p className="message message-warning">{t('outbox.createAgain.body', { amount })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
