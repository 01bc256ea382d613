import { useId } from 'react';
import type { PrinterInfo } from '@shared/channels/print';
import { paperSizes, type PaperSize, type PrintSettings } from '@shared/domain/settings';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';

export type PrinterList = { state: 'loading' } | { state: 'ready'; printers: PrinterInfo[] } | { state: 'unavailable' };

interface PrintOptionsProps {
  options: PrintSettings;
  printers: PrinterList;
  onChange(next: PrintSettings): void;
}

export const paperKeys = { '58mm': 'print.paper.58mm', '80mm': 'print.paper.80mm', a4: 'print.paper.a4' } as const;

/** Paper, printer and "print without dialog"; the parent remembers every change in Settings. */
export function PrintOptions({ options, printers, onChange }: PrintOptionsProps) {
  const { t } = useI18n();
  const silentHelp = useId();
  const known = printers.state === 'ready' ? printers.printers : [];
  const missing = options.printerName !== undefined && printers.state === 'ready' && !known.some((p) => p.name === options.printerName);

  function choosePrinter(name: string) {
    // Printing without a dialog only makes sense once a printer is chosen.
    onChange(name ? { ...options, printerName: name } : { paper: options.paper, silent: false });
  }

  return (
    <div className="print-options">
      <fieldset className="print-paper">
        <legend className="field-label">{t('print.paper')}</legend>
        {paperSizes.map((paper: PaperSize) => (
          <label key={paper} className="print-choice">
            <input
              type="radio"
              name="paper"
              value={paper}
              checked={options.paper === paper}
              onChange={() => onChange({ ...options, paper })}
            />
            {t(paperKeys[paper])}
          </label>
        ))}
      </fieldset>
      <Field label={t('print.printer')}>
        {(control) => (
          <select
            {...control}
            className="select"
            name="printer"
            value={options.printerName ?? ''}
            disabled={printers.state !== 'ready'}
            onChange={(e) => choosePrinter(e.target.value)}
          >
            <option value="">{t('print.printer.ask')}</option>
            {known.map((p) => (
              <option key={p.name} value={p.name}>
                {p.displayName}
              </option>
            ))}
            {missing && <option value={options.printerName}>{t('print.printer.missing', { name: options.printerName ?? '' })}</option>}
          </select>
        )}
      </Field>
      <label className="print-choice">
        <input
          type="checkbox"
          name="silent"
          checked={options.silent}
          disabled={!options.printerName}
          aria-describedby={silentHelp}
          onChange={(e) => onChange({ ...options, silent: e.target.checked })}
        />
        {t('print.silent')}
      </label>
      <p id={silentHelp} className="field-help">
        {t('print.silentHelp')}
      </p>
      {printers.state === 'unavailable' && <p className="print-note">{t('print.desktopOnly')}</p>}
    </div>
  );
}
