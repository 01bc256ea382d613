import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFields, parseServiceSpec, type ServiceFormModel, type ServiceGroup } from '../../../../src/shared/service-spec';

const seed = JSON.parse(readFileSync(new URL('../../../fixtures/isbank-services.json', import.meta.url), 'utf8')) as unknown;

function model(body: unknown = seed): ServiceFormModel {
  const result = parseServiceSpec(body);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('parseServiceSpec on the source 004 Services answer, verbatim', () => {
  it('reads the service id, input method and payment features', () => {
    const m = model();
    expect(m.serviceId).toBe(10065);
    expect(m.inputMethod).toBe('Payment');
    expect(m.freePaymentAllowed).toBe(true);
    expect(m.collectablePaymentAllowed).toBe(false);
    expect(m.warnings).toEqual([]);
  });

  it('orders the top-level entries by group_index', () => {
    expect(model().entries.map((e) => e.key)).toEqual([
      'OnBehalfOf',
      'SubscriberName',
      'Tckn_Vkn_Ykn',
      'Address',
      'Email',
      'PhoneNumber',
      'CellPhone',
      'Description',
    ]);
  });

  it('makes Address a fieldset with its six children, strings coerced', () => {
    const address = model().entries.find((e) => e.key === 'Address') as ServiceGroup;
    expect(address.kind).toBe('group');
    expect(address.required).toBe(false);
    expect(address.label).toBe('Adres');
    expect(address.help).toBe('Lütfen adres alanını giriniz');
    expect(address.fields.map((f) => f.name)).toEqual(['Country', 'Province', 'District', 'Quarter', 'PostalCode', 'AddressText']);
    const [country, , district, , postal, text] = address.fields;
    expect(country).toMatchObject({ required: true, minLength: 1, maxLength: 100, parameterType: 'alphanumeric', uiHint: 'CUSTOMER_ADDRESS_COUNTRY' });
    expect(district).toMatchObject({ required: false, maxLength: 20 });
    expect(postal).toMatchObject({ required: false, maxLength: 10, label: 'Posta kodu' });
    expect(text).toMatchObject({ required: true, maxLength: 60, help: 'Lütfen adres alanını doldurunuz.' });
  });

  it('turns items into a choice list (OnBehalfOf) and treats "\\n " as empty', () => {
    const onBehalf = model().entries[0]!;
    expect(onBehalf).toMatchObject({
      kind: 'choice',
      required: false,
      label: 'Kimin Adına',
      help: 'Lütfen Başkası adına/Kendi adıma seçiniz',
      choices: [
        { key: 'K', value: 'Kendi adıma' },
        { key: 'B', value: 'Başkası adına' },
      ],
    });
    expect(onBehalf.kind !== 'group' && onBehalf.parameterType).toBeUndefined();
    expect(onBehalf.kind !== 'group' && onBehalf.regex).toBeUndefined();
    expect(onBehalf.kind !== 'group' && onBehalf.sample).toBeUndefined();
  });

  it('drops the placeholder children {"items":[]} so plain fields stay plain', () => {
    const m = model();
    expect(m.entries.filter((e) => e.kind === 'group').map((e) => e.key)).toEqual(['Address']);
    expect(allFields(m)).toHaveLength(7 + 6);
  });

  it('reads lengths, types and hints of the plain fields', () => {
    const byKey = new Map(allFields(model()).map((f) => [f.key, f]));
    expect(byKey.get('SubscriberName')).toMatchObject({ kind: 'text', required: true, minLength: 1, maxLength: 100, uiHint: 'CUSTOMER_NAME' });
    expect(byKey.get('Tckn_Vkn_Ykn')).toMatchObject({ required: true, minLength: 11, maxLength: 11, parameterType: 'numeric' });
    expect(byKey.get('Email')).toMatchObject({ required: false, minLength: 3, maxLength: 100, uiHint: 'CUSTOMER_EMAIL' });
    expect(byKey.get('CellPhone')).toMatchObject({ minLength: 10, maxLength: 10, uiHint: 'CUSTOMER_CELLPHONENUMBER' });
    expect(byKey.get('Description')).toMatchObject({ required: false, maxLength: 100 });
  });

  it('reads the amount rules in minor units, exactly', () => {
    expect(model().amount).toEqual({
      type: 'FreeAmount',
      decimalFractionAllowed: true,
      selectedCurrency: 'TRY',
      ranges: [
        { currency: 'TRY', minMinor: 90000, maxMinor: 99999999999900 },
        { currency: 'USD', minMinor: 29500, maxMinor: 99999999999900 },
        { currency: 'EUR', minMinor: 26500, maxMinor: 99999999999900 },
      ],
    });
  });

  it('accepts the answer without its data wrapper too', () => {
    expect(model((seed as { data: unknown }).data).entries).toHaveLength(8);
  });
});

describe('parseServiceSpec leniency and limits', () => {
  const base = (fields: unknown[], extra: Record<string, unknown> = {}) => ({
    data: { service_id: '77', free_collection_query_specs: { input_fields: fields }, ...extra },
  });

  it('fails with provider-rejected on shapes it cannot read', () => {
    for (const body of [null, 'html', { data: {} }, { data: { service_id: 1, free_collection_query_specs: { input_fields: 'x' } } }]) {
      const result = parseServiceSpec(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('provider-rejected');
    }
  });

  it('keeps fields without group_index after the others, in their order', () => {
    const m = model(base([{ name: 'B' }, { name: 'A', group_index: 1 }, { name: 'C' }, { name: 'Z', group_index: '0' }]));
    expect(m.entries.map((e) => e.key)).toEqual(['Z', 'A', 'B', 'C']);
    expect(m.amount).toEqual({ decimalFractionAllowed: true, ranges: [], type: undefined, selectedCurrency: undefined });
  });

  it('gives duplicate names a parent-qualified key and drops a broken pattern with a warning', () => {
    const m = model(
      base([
        { name: 'Name', regex: '([a-z' },
        { name: 'Other', input_fields: [{ name: 'Name', required: '1' }, { items: [] }] },
      ]),
    );
    const keys = allFields(m).map((f) => f.key);
    expect(keys).toEqual(['Name', 'Other.Name']);
    expect(allFields(m)[0]!.regex).toBeUndefined();
    expect(allFields(m)[1]!.required).toBe(true);
    expect(m.warnings.join(' ')).toMatch(/pattern/);
  });

  it('shows deeper nesting inside the top-level group', () => {
    const m = model(base([{ name: 'G', input_fields: [{ name: 'Sub', input_fields: [{ name: 'Leaf' }] }, { name: 'Other' }] }]));
    expect((m.entries[0] as ServiceGroup).fields.map((f) => f.key)).toEqual(['Leaf', 'Other']);
    expect(m.warnings).toHaveLength(1);
  });

  it('ignores amount ranges without a currency and notes unknown parameter types', () => {
    const m = model(
      base([{ name: 'X', parameter_type: 'Date', parameter_length: { min: '5', max: '2' } }], {
        amount_input: {
          decimal_fraction_allowed: 'false',
          amount_limitations: { amount_range: [{ currency_code: '\n ', min_value: 1 }, { currency_code: 'try', min_value: '10.5' }] },
        },
      }),
    );
    expect(m.amount.decimalFractionAllowed).toBe(false);
    expect(m.amount.ranges).toEqual([{ currency: 'TRY', minMinor: 1050, maxMinor: undefined }]);
    expect(allFields(m)[0]).toMatchObject({ parameterType: undefined, minLength: undefined, maxLength: 2 });
    expect(m.warnings).toHaveLength(2);
  });
});
