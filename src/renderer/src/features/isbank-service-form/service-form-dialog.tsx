import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { ServiceForm } from './service-form';
import { useServiceFormStore } from './service-form-store';

/** Mirrors `serviceIdSchema` of the contract, so a typo is explained before any request. */
const SERVICE_ID = /^[A-Za-z0-9_-]{1,40}$/;
export const DEFAULT_SERVICE_ID = '10065';

/** Settings → İşbank account → "Service form": pick a service, load its form, fill and check it. */
export function ServiceFormDialog() {
  const { t } = useI18n();
  const accountId = useServiceFormStore((s) => s.accountId);
  const load = useServiceFormStore((s) => s.load);
  const fetchForm = useServiceFormStore((s) => s.fetch);
  const close = useServiceFormStore((s) => s.close);
  const [serviceId, setServiceId] = useState(DEFAULT_SERVICE_ID);
  const [idError, setIdError] = useState(false);
  if (!accountId) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const id = serviceId.trim();
    const bad = !SERVICE_ID.test(id);
    setIdError(bad);
    if (!bad) void fetchForm(id);
  }

  return (
    <Dialog title={t('serviceForm.title')} onClose={close} size="large">
      <p className="section-intro">{t('serviceForm.intro')}</p>
      <form className="service-load" onSubmit={submit} noValidate>
        <Field
          label={t('serviceForm.serviceId')}
          help={t('serviceForm.serviceIdHelp')}
          error={idError ? t('serviceForm.serviceIdInvalid') : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="serviceId"
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              value={serviceId}
              onChange={(e) => setServiceId(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button-large" disabled={load.state === 'loading'}>
          {load.state === 'loading' ? t('serviceForm.loading') : t('serviceForm.load')}
        </button>
      </form>
      {load.state === 'failed' && <ErrorMessage error={load.error} lead={t('serviceForm.loadFailed')} />}
      {load.state === 'ready' && <ServiceForm model={load.model} />}
      <div className="dialog-actions">
        <button type="button" className="button button-large" onClick={close}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
