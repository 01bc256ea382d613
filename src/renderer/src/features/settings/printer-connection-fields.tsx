import { useEffect, useId, useState } from 'react';
import type { SerialPortInfo } from '@shared/channels/receipt-printer';
import { receiptPrinterKinds, serialBaudRates } from '@shared/domain/receipt-printer';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import type { PrinterForm, PrinterFormErrors } from './printer-form-model';

interface FieldsProps {
  form: PrinterForm;
  errors: PrinterFormErrors;
  onChange(change: Partial<PrinterForm>): void;
}

const kindKeys = { system: 'receipt.kind.system', network: 'receipt.kind.network', serial: 'receipt.kind.serial' } as const;

/** Where slips go: system printing, a network printer (address and port), or a serial port (path and speed). */
export function PrinterConnectionFields({ form, errors, onChange }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="choice-group">
        <legend className="field-label">{t('receipt.kind')}</legend>
        <div className="choice-options">
          {receiptPrinterKinds.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="printerKind" value={kind} checked={form.kind === kind} onChange={() => onChange({ kind })} />
              {t(kindKeys[kind])}
            </label>
          ))}
        </div>
      </fieldset>
      {form.kind === 'network' && (
        <div className="printer-row">
          <Field label={t('receipt.host')} help={t('receipt.hostHelp')} error={errors.host && t(errors.host)} required>
            {(control) => (
              <input
                {...control}
                className="input"
                name="printerHost"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                value={form.host}
                onChange={(e) => onChange({ host: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('receipt.port')} help={t('receipt.portHelp')} error={errors.port && t(errors.port)} required>
            {(control) => (
              <input
                {...control}
                className="input printer-number"
                name="printerPort"
                inputMode="numeric"
                value={form.port}
                onChange={(e) => onChange({ port: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {form.kind === 'serial' && <SerialFields form={form} errors={errors} onChange={onChange} />}
    </>
  );
}

type PortList = { state: 'idle' | 'loading' } | { state: 'ready'; ports: SerialPortInfo[] } | { state: 'failed'; error: AppError };

function SerialFields({ form, errors, onChange }: FieldsProps) {
  const { t } = useI18n();
  const listId = useId();
  const [ports, setPorts] = useState<PortList>({ state: 'idle' });

  async function listPorts() {
    setPorts({ state: 'loading' });
    const result = await invoke('receipt:serial-ports');
    setPorts(result.ok ? { state: 'ready', ports: result.value } : { state: 'failed', error: result.error });
  }

  // The ports are listed once when serial is chosen; "List ports" again after plugging a printer in.
  useEffect(() => void listPorts(), []);

  return (
    <>
      <div className="printer-row">
        <Field label={t('receipt.serialPath')} help={t('receipt.serialPathHelp')} error={errors.serialPath && t(errors.serialPath)} required>
          {(control) => (
            <input
              {...control}
              className="input"
              name="printerSerialPath"
              list={listId}
              autoComplete="off"
              spellCheck={false}
              value={form.serialPath}
              onChange={(e) => onChange({ serialPath: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('receipt.baudRate')} help={t('receipt.baudRateHelp')}>
          {(control) => (
            <select
              {...control}
              className="select"
              name="printerBaudRate"
              value={form.baudRate}
              onChange={(e) => onChange({ baudRate: Number(e.target.value) as PrinterForm['baudRate'] })}
            >
              {serialBaudRates.map((rate) => (
                <option key={rate} value={rate}>
                  {rate}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <datalist id={listId}>
        {ports.state === 'ready' && ports.ports.map((p) => <option key={p.path} value={p.path} label={p.manufacturer ?? p.path} />)}
      </datalist>
      <div className="form-actions printer-ports">
        <button type="button" className="button" disabled={ports.state === 'loading'} onClick={() => void listPorts()}>
          {t('receipt.serialPorts.refresh')}
        </button>
        <span role="status" className="field-help">
          {ports.state === 'ready' &&
            (ports.ports.length > 0 ? t('receipt.serialPorts.found', { count: ports.ports.length }) : t('receipt.serialPorts.none'))}
        </span>
      </div>
      {ports.state === 'failed' && <ErrorMessage error={ports.error} />}
    </>
  );
}
