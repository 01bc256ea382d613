import { useState, type FormEvent } from 'react';
import type { Contact } from '@shared/domain/contact';
import type { AppError } from '@shared/result';
import { Dialog } from '../../components/dialog';
import { FormDialogActions } from '../../components/form-dialog-actions';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { contactPatchFrom, valuesOfContact, type ContactFormValues, type ContactProblems } from './contact-form-model';
import { useContactsStore } from './contacts-store';

interface Props {
  contact: Contact;
  onClose(): void;
  onSaved(contact: Contact): void;
}

const fields: { key: keyof ContactFormValues; label: 'contacts.name' | 'contacts.phone' | 'contacts.email' | 'contacts.oduyoId'; type: string }[] = [
  { key: 'name', label: 'contacts.name', type: 'text' },
  { key: 'phone', label: 'contacts.phone', type: 'tel' },
  { key: 'email', label: 'contacts.email', type: 'email' },
  { key: 'oduyoCustomerId', label: 'contacts.oduyoId', type: 'text' },
];

/** Edits one saved customer; main refuses a phone or e-mail another customer already has. */
export function ContactEditDialog({ contact, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const update = useContactsStore((s) => s.update);
  const [values, setValues] = useState(() => valuesOfContact(contact));
  const [problems, setProblems] = useState<ContactProblems>({});
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const outcome = contactPatchFrom(values);
    setError(undefined);
    if (!outcome.ok) return setProblems(outcome.problems);
    setProblems({});
    setBusy(true);
    const result = await update(contact.id, outcome.patch);
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  }

  return (
    <Dialog title={t('contacts.editTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="contact-form">
        {fields.map(({ key, label, type }) => {
          const problem = problems[key];
          return (
            <Field key={key} label={t(label)} note={t('common.optional')} error={problem ? t(problem) : undefined}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  name={key}
                  type={type}
                  autoComplete="off"
                  maxLength={key === 'name' ? 200 : 100}
                  value={values[key]}
                  onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                />
              )}
            </Field>
          );
        })}
        {problems.form && (
          <p className="message message-error" role="alert">
            {t(problems.form)}
          </p>
        )}
        {error && <ErrorMessage error={error} />}
        <FormDialogActions onCancel={onClose} busy={busy} submitLabel={t('common.save')} busyLabel={t('common.saving')} />
      </form>
    </Dialog>
  );
}
