import { useId } from 'react';
import { receiptCodePages, receiptCuts, receiptPaperWidths, receiptQrModes } from '@shared/domain/receipt-printer';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import type { PrinterForm, PrinterFormErrors } from './printer-form-model';

interface FieldsProps {
  form: PrinterForm;
  errors: PrinterFormErrors;
  onChange(change: Partial<PrinterForm>): void;
}

const paperKeys = { '58mm': 'print.paper.58mm', '80mm': 'print.paper.80mm' } as const;
const codePageKeys = { cp857: 'receipt.codePage.cp857', cp1254: 'receipt.codePage.cp1254' } as const;
const qrKeys = { native: 'receipt.qr.native', raster: 'receipt.qr.raster' } as const;
const cutKeys = { partial: 'receipt.cut.partial', full: 'receipt.cut.full', none: 'receipt.cut.none' } as const;

/** What the receipt printer is asked to do: paper, Turkish code page, QR method, cut, cash drawer. */
export function PrinterOutputFields({ form, errors, onChange }: FieldsProps) {
  const { t } = useI18n();
  const drawerHelp = useId();
  return (
    <>
      <fieldset className="choice-group">
        <legend className="field-label">{t('receipt.paper')}</legend>
        <div className="choice-options">
          {receiptPaperWidths.map((paper) => (
            <label key={paper} className="choice">
              <input type="radio" name="printerPaper" value={paper} checked={form.paper === paper} onChange={() => onChange({ paper })} />
              {t(paperKeys[paper])}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="printer-row">
        <Field label={t('receipt.codePage')}>
          {(control) => (
            <select
              {...control}
              className="select"
              name="printerCodePage"
              value={form.codePage}
              onChange={(e) => onChange({ codePage: e.target.value as PrinterForm['codePage'] })}
            >
              {receiptCodePages.map((page) => (
                <option key={page} value={page}>
                  {t(codePageKeys[page])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('receipt.codePageNumber')}
          help={t('receipt.codePageNumberHelp')}
          error={errors.codePageNumber && t(errors.codePageNumber)}
          note={t('common.optional')}
        >
          {(control) => (
            <input
              {...control}
              className="input printer-number"
              name="printerCodePageNumber"
              inputMode="numeric"
              value={form.codePageNumber}
              onChange={(e) => onChange({ codePageNumber: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="printer-row">
        <Field label={t('receipt.qr')}>
          {(control) => (
            <select {...control} className="select" name="printerQr" value={form.qr} onChange={(e) => onChange({ qr: e.target.value as PrinterForm['qr'] })}>
              {receiptQrModes.map((mode) => (
                <option key={mode} value={mode}>
                  {t(qrKeys[mode])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('receipt.cut')}>
          {(control) => (
            <select {...control} className="select" name="printerCut" value={form.cut} onChange={(e) => onChange({ cut: e.target.value as PrinterForm['cut'] })}>
              {receiptCuts.map((cut) => (
                <option key={cut} value={cut}>
                  {t(cutKeys[cut])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="printer-check">
        <input
          type="checkbox"
          name="printerCashDrawer"
          checked={form.cashDrawer}
          aria-describedby={drawerHelp}
          onChange={(e) => onChange({ cashDrawer: e.target.checked })}
        />
        {t('receipt.cashDrawer')}
      </label>
      <p id={drawerHelp} className="field-help">
        {t('receipt.cashDrawerHelp')}
      </p>
    </>
  );
}
