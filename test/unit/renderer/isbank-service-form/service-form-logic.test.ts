import { describe, expect, it } from 'vitest';
import {
  checkServiceForm,
  currenciesOf,
  errorsByField,
  rangeText,
  readAmount,
  summaryRows,
  visibleErrors,
} from '../../../../src/renderer/src/features/isbank-service-form/service-form-logic';
import seed from '../../../fixtures/isbank-services.json';
import { parseServiceSpec, type ServiceFormModel } from '../../../../src/shared/service-spec';

function seedModel(): ServiceFormModel {
  const parsed = parseServiceSpec(seed);
  if (!parsed.ok) throw new Error('the documented sample did not parse');
  return parsed.value;
}

describe('service form helpers (source 004, service 10065)', () => {
  const model = seedModel();

  it('reads Turkish amounts exactly and tells empty from unreadable', () => {
    expect(readAmount('  ', 'TRY')).toEqual({ kind: 'empty' });
    expect(readAmount('on lira', 'TRY')).toEqual({ kind: 'unreadable' });
    expect(readAmount('1.250,50', 'USD')).toEqual({ kind: 'money', money: { minor: 125050, currency: 'USD' } });
  });

  it('offers the accepted currencies, the preselected one first', () => {
    expect(currenciesOf(model)).toEqual(['TRY', 'USD', 'EUR']);
    expect(currenciesOf({ ...model, amount: { ...model.amount, selectedCurrency: 'EUR' } })).toEqual(['EUR', 'TRY', 'USD']);
    expect(currenciesOf({ ...model, amount: { ...model.amount, ranges: [{ currency: 'XYZ' }] } })).toEqual(['TRY']);
  });

  it('shows the range of the chosen currency', () => {
    expect(rangeText(model, 'TRY')).toBe('900,00 – 999.999.999.999,00 TRY');
    expect(rangeText(model, 'GBP')).toBeUndefined();
  });

  it('replaces "enter an amount" by a typing hint when the amount cannot be read', () => {
    const empty = errorsByField(checkServiceForm(model, {}, { kind: 'empty' }), 'tr');
    expect(empty.amount).toBe('Tutar girin.');
    const unreadable = checkServiceForm(model, {}, { kind: 'unreadable' }).filter((i) => i.field === 'amount');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.message.en).toBe('Type the amount in digits, for example 1.250,50.');
  });

  it('shows errors only for left fields until a submit', () => {
    const all = errorsByField(checkServiceForm(model, {}, { kind: 'empty' }), 'en');
    expect(Object.keys(all).sort()).toEqual(['SubscriberName', 'Tckn_Vkn_Ykn', 'amount']);
    expect(visibleErrors(all, new Set(['Tckn_Vkn_Ykn']), false)).toEqual({ Tckn_Vkn_Ykn: 'TCKN/VKN/YKN is required.' });
    expect(visibleErrors(all, new Set(), true)).toBe(all);
  });

  it('summarises filled fields in model order, choices by their text', () => {
    const rows = summaryRows(model, { Description: 'Bağış', OnBehalfOf: 'B', SubscriberName: 'Ayşe', Country: ' ' });
    expect(rows).toEqual([
      { key: 'OnBehalfOf', label: 'Kimin Adına', value: 'Başkası adına' },
      { key: 'SubscriberName', label: 'Adına Bağış Yapılan', value: 'Ayşe' },
      { key: 'Description', label: 'Açıklama', value: 'Bağış' },
    ]);
  });
});
