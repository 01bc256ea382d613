import { useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { oduyoCustomerDraftSchema, type OduyoCustomer, type OduyoCustomerDraft } from '@shared/domain/oduyo-customer';
import { normalisePhone } from '@shared/domain/phone';
import type { AppError } from '@shared/result';
import { Dialog } from '../../components/dialog';
import { FormDialogActions } from '../../components/form-dialog-actions';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';

interface Props {
  accountId: string;
  initial: { name: string; email: string; phone: string };
  onClose(): void;
  onCreated(customer: OduyoCustomer): void;
}

type Problems = Partial<Record<'name' | 'email' | 'phone' | 'tcNumber' | 'taxNumber', string>>;

/** Creates an Ödüyo customer account while making a link (name required; the rest as Ödüyo takes it). */
export function OduyoCustomerDialog({ accountId, initial, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState({ ...initial, kind: 'person' as OduyoCustomerDraft['kind'], idNumber: '', cardCode: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  function check(): OduyoCustomerDraft | null {
    const found: Problems = {};
    const name = values.name.trim();
    if (!name) found.name = t('newLink.oduyoNameRequired');
    const phone = normalisePhone(values.phone);
    if (!phone.ok && phone.reason === 'invalid') found.phone = t('result.badPhone');
    const email = values.email.trim();
    const id = values.idNumber.trim();
    const person = values.kind === 'person';
    if (id && person && !/^\d{11}$/.test(id)) found.tcNumber = t('newLink.oduyoTcInvalid');
    if (id && !person && !/^\d{10}$/.test(id)) found.taxNumber = t('newLink.oduyoTaxInvalid');
    const parsed = oduyoCustomerDraftSchema.safeParse({
      name,
      kind: values.kind,
      ...(email ? { email } : {}),
      ...(phone.ok ? { phone: phone.e164 } : {}),
      ...(id ? (person ? { tcNumber: id } : { taxNumber: id }) : {}),
      ...(values.cardCode.trim() ? { cardCode: values.cardCode.trim() } : {}),
    });
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'email')) found.email = t('result.badEmail');
    setProblems(found);
    return Object.keys(found).length === 0 && parsed.success ? parsed.data : null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation(); // React bubbles submit through the portal to the link form
    const draft = check();
    if (!draft || busy) return;
    setBusy(true);
    const result = await invoke('oduyo-customers:create', { accountId, draft });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  }

  const idField = values.kind === 'person' ? 'tcNumber' : 'taxNumber';
  return createPortal(
    <Dialog title={t('newLink.oduyoCreateTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="oduyo-customer-form">
        <Field label={t('newLink.customerName')} error={problems.name} required>
          {(control) => (
            <input {...control} className="input" name="name" maxLength={200} value={values.name} onChange={(e) => set({ name: e.target.value })} />
          )}
        </Field>
        <fieldset className="choice-group">
          <legend className="field-label">{t('newLink.oduyoKind')}</legend>
          <div className="choice-options">
            {(['person', 'organisation'] as const).map((kind) => (
              <label key={kind} className="choice">
                <input type="radio" name="kind" checked={values.kind === kind} onChange={() => set({ kind })} />
                <span>{kind === 'person' ? t('newLink.oduyoPerson') : t('newLink.oduyoOrganisation')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('newLink.customerEmail')} note={t('common.optional')} error={problems.email}>
          {(control) => (
            <input {...control} className="input" name="email" type="email" maxLength={100} value={values.email} onChange={(e) => set({ email: e.target.value })} />
          )}
        </Field>
        <Field label={t('newLink.customerPhone')} note={t('common.optional')} error={problems.phone}>
          {(control) => (
            <input {...control} className="input" name="phone" type="tel" maxLength={30} value={values.phone} onChange={(e) => set({ phone: e.target.value })} />
          )}
        </Field>
        <Field
          label={values.kind === 'person' ? t('newLink.oduyoTc') : t('newLink.oduyoTax')}
          note={t('common.optional')}
          error={problems[idField]}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name={idField}
              inputMode="numeric"
              maxLength={11}
              value={values.idNumber}
              onChange={(e) => set({ idNumber: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('newLink.oduyoCardCode')} note={t('common.optional')}>
          {(control) => (
            <input {...control} className="input" name="cardCode" maxLength={50} value={values.cardCode} onChange={(e) => set({ cardCode: e.target.value })} />
          )}
        </Field>
        {error && <ErrorMessage error={error} />}
        <FormDialogActions onCancel={onClose} busy={busy} submitLabel={t('newLink.oduyoSave')} busyLabel={t('common.saving')} />
      </form>
    </Dialog>,
    document.body,
  );
}
