import { useState, type ReactNode } from 'react';
import { useI18n } from '../lib/use-i18n';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The safe way out; "Cancel" unless the situation has a better word. */
  cancelLabel?: string;
  /** Danger styling for actions that cannot be undone. */
  danger?: boolean;
  onConfirm(): Promise<unknown> | void;
  onClose(): void;
}

/**
 * Asks before an action with consequences. "Cancel" comes first and has the focus, so a stray
 * Enter never confirms; the dialog closes once the action has run.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, danger = false, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    await onConfirm();
    onClose();
  }
  return (
    <Dialog title={title} onClose={onClose} alert>
      {children}
      <div className="dialog-actions">
        <button type="button" className="button button-large" onClick={onClose} autoFocus>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button
          type="button"
          className={`button button-large ${danger ? 'button-danger' : 'button-primary'}`}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
