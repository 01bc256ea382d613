import { useI18n } from '../lib/use-i18n';

interface FormDialogActionsProps {
  onCancel(): void;
  busy: boolean;
  submitLabel: string;
  /** Shown on the submit button while the form is being sent. */
  busyLabel: string;
}

/** The footer of a form dialog: Cancel, then the submit button, disabled while the form is sent. */
export function FormDialogActions({ onCancel, busy, submitLabel, busyLabel }: FormDialogActionsProps) {
  const { t } = useI18n();
  return (
    <div className="dialog-actions">
      <button type="button" className="button button-large" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button-primary button-large" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
