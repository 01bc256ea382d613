import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { PrinterConnectionFields } from './printer-connection-fields';
import { printerForm, printerFromForm, type PrinterForm, type PrinterFormErrors } from './printer-form-model';
import { PrinterOutputFields } from './printer-output-fields';
import { useSettingsStore } from './settings-store';
import './printer.css';

type Status = { kind: 'idle' | 'saving' | 'saved' | 'testing' } | { kind: 'tested'; printer: string } | { kind: 'failed'; error: AppError };

/**
 * Settings → Printer: how slips print. With a network or serial receipt printer, slips go
 * straight to it as ESC/POS; "Print a test slip" saves first, then prints a sample with every
 * Turkish letter and a QR code.
 */
export function PrinterSection() {
  const { t } = useI18n();
  const saved = useSettingsStore((s) => s.settings.receiptPrinter);
  const update = useSettingsStore((s) => s.update);
  const [form, setForm] = useState<PrinterForm>(() => printerForm(saved));
  const [errors, setErrors] = useState<PrinterFormErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dirty, setDirty] = useState(false);

  // Follow a change saved elsewhere (a restore, a restart) while nothing is being edited here.
  useEffect(() => {
    if (!dirty) setForm(printerForm(saved));
  }, [saved, dirty]);

  function change(next: Partial<PrinterForm>) {
    setForm((current) => ({ ...current, ...next }));
    setDirty(true);
    setStatus({ kind: 'idle' });
  }

  async function save(): Promise<boolean> {
    const checked = printerFromForm(form);
    if (checked.errors) {
      setErrors(checked.errors);
      return false;
    }
    setErrors({});
    setStatus({ kind: 'saving' });
    const result = await update({ receiptPrinter: checked.printer });
    if (!result.ok) {
      setStatus({ kind: 'failed', error: result.error });
      return false;
    }
    setDirty(false);
    setStatus({ kind: 'saved' });
    return true;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  async function testPrint() {
    if (!(await save())) return;
    setStatus({ kind: 'testing' });
    const result = await invoke('receipt:test-print');
    setStatus(result.ok ? { kind: 'tested', printer: result.value.printer } : { kind: 'failed', error: result.error });
  }

  const busy = status.kind === 'saving' || status.kind === 'testing';
  const direct = form.kind !== 'system';
  return (
    <section className="card" aria-labelledby="printer-title">
      <h2 id="printer-title">{t('receipt.title')}</h2>
      <p className="section-intro">{t('receipt.intro')}</p>
      <form className="printer-form" onSubmit={(e) => void submit(e)} noValidate>
        <PrinterConnectionFields form={form} errors={errors} onChange={change} />
        {direct && <PrinterOutputFields form={form} errors={errors} onChange={change} />}
        {status.kind === 'failed' && <ErrorMessage error={status.error} lead={t('receipt.failed')} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {status.kind === 'saving' ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" disabled={busy || !direct} onClick={() => void testPrint()}>
            {t('receipt.testPrint')}
          </button>
          <span className="form-status" role="status">
            {status.kind === 'saved' && t('common.saved')}
            {status.kind === 'testing' && t('receipt.testPrinting')}
            {status.kind === 'tested' && t('receipt.testPrinted', { printer: status.printer })}
          </span>
        </div>
        {!direct && <p className="field-help">{t('receipt.testSystemOnly')}</p>}
      </form>
    </section>
  );
}
