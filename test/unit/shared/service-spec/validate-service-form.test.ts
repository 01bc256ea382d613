import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Money } from '../../../../src/shared/domain/money';
import {
  parseServicePayment,
  parseServiceSpec,
  toServicePaymentBody,
  validateServiceForm,
  type ServiceField,
  type ServiceFormModel,
} from '../../../../src/shared/service-spec';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const parsed = parseServiceSpec(fixture('isbank-services.json'));
if (!parsed.ok) throw new Error('the documented sample must parse');
const model: ServiceFormModel = parsed.value;

const TRY = (minor: number): Money => ({ minor, currency: 'TRY' });
const valid = { SubscriberName: 'Ayşe Yılmaz', Tckn_Vkn_Ykn: '12345678901' };
const fields = (values: Record<string, string>, amount: Money | undefined = TRY(100_000)) =>
  validateServiceForm(model, values, amount).map((i) => i.field);
const messages = (values: Record<string, string>, amount: Money | undefined = TRY(100_000)) =>
  validateServiceForm(model, values, amount).map((i) => i.message);

describe('validateServiceForm on the documented service', () => {
  it('accepts a minimal valid form', () => {
    expect(validateServiceForm(model, valid, TRY(90_000))).toEqual([]);
  });

  it('requires the required fields, in Turkish and English, and blank counts as empty', () => {
    const issues = validateServiceForm(model, { SubscriberName: '  \n ' }, TRY(100_000));
    expect(issues.map((i) => i.field)).toEqual(['SubscriberName', 'Tckn_Vkn_Ykn']);
    expect(issues[0]!.message).toEqual({ tr: 'Adına Bağış Yapılan alanı zorunludur.', en: 'Adına Bağış Yapılan is required.' });
  });

  it('checks exact and maximum lengths', () => {
    expect(messages({ ...valid, Tckn_Vkn_Ykn: '1234567890' })[0]!.en).toBe('TCKN/VKN/YKN must be exactly 11 characters.');
    expect(messages({ ...valid, Tckn_Vkn_Ykn: '123456789012' })[0]!.tr).toBe('TCKN/VKN/YKN tam 11 karakter olmalıdır.');
    expect(messages({ ...valid, SubscriberName: 'x'.repeat(101) })[0]!.en).toBe('Adına Bağış Yapılan must be at most 100 characters.');
    expect(messages({ ...valid, Email: 'a@' })[0]!.en).toBe('E-Posta must be at least 3 characters.');
    // Turkish letters count as one character each.
    expect(fields({ ...valid, SubscriberName: 'ş'.repeat(100) })).toEqual([]);
  });

  it('checks numeric fields', () => {
    expect(messages({ ...valid, Tckn_Vkn_Ykn: '1234567890a' })[0]).toEqual({
      tr: 'TCKN/VKN/YKN yalnızca rakam içermelidir.',
      en: 'TCKN/VKN/YKN must contain digits only.',
    });
  });

  it('checks e-mail and phone hints', () => {
    expect(fields({ ...valid, Email: 'not-an-email' })).toEqual(['Email']);
    expect(fields({ ...valid, Email: 'ayse@example.com' })).toEqual([]);
    expect(fields({ ...valid, CellPhone: '532 123 45' })).toEqual(['CellPhone']);
    expect(fields({ ...valid, CellPhone: '5321234567', PhoneNumber: '2121234567' })).toEqual([]);
  });

  it('checks choices against the item keys', () => {
    expect(fields({ ...valid, OnBehalfOf: 'K' })).toEqual([]);
    expect(fields({ ...valid, OnBehalfOf: 'B' })).toEqual([]);
    expect(messages({ ...valid, OnBehalfOf: 'Kendi adıma' })[0]!.en).toBe('Kimin Adına: choose one of: Kendi adıma, Başkası adına.');
  });

  it('makes the optional Address fieldset binding once started', () => {
    expect(fields({ ...valid, District: 'Kadıköy' })).toEqual(['Country', 'Province', 'AddressText']);
    expect(fields({ ...valid, Country: 'Türkiye', Province: 'İstanbul', AddressText: 'Moda Cd. 1' })).toEqual([]);
    expect(fields({ ...valid, Country: 'Türkiye', Province: 'İstanbul'.repeat(3), AddressText: 'x' })).toEqual(['Province']);
  });

  it('rejects control characters and unknown fields', () => {
    expect(fields({ ...valid, Description: 'a\u0007b' })).toEqual(['Description']);
    expect(fields({ ...valid, Hacker: 'x' })).toEqual(['Hacker']);
    expect(fields({ ...valid, Hacker: ' ' })).toEqual([]);
  });

  it('checks the amount range for the chosen currency', () => {
    expect(validateServiceForm(model, valid, undefined).map((i) => i.field)).toEqual(['amount']);
    expect(messages(valid, TRY(89_999))[0]).toEqual({
      tr: 'Tutar en az 900,00 TRY olmalıdır.',
      en: 'The amount must be at least 900,00 TRY.',
    });
    expect(fields(valid, TRY(99_999_999_999_900))).toEqual([]);
    expect(fields(valid, TRY(99_999_999_999_901))).toEqual(['amount']);
    expect(fields(valid, { minor: 26_500, currency: 'EUR' })).toEqual([]);
    expect(fields(valid, { minor: 26_499, currency: 'EUR' })).toEqual(['amount']);
    expect(messages(valid, { minor: 100_000, currency: 'GBP' })[0]!.en).toBe('This service does not accept GBP; accepted: TRY, USD, EUR.');
  });

  it('enforces whole amounts when decimal fractions are not allowed', () => {
    const whole = { ...model, amount: { ...model.amount, decimalFractionAllowed: false } };
    expect(validateServiceForm(whole, valid, TRY(100_050)).map((i) => i.field)).toEqual(['amount']);
    expect(validateServiceForm(whole, valid, TRY(100_000))).toEqual([]);
    expect(fields(valid, TRY(100_050))).toEqual([]);
  });

  it('matches the provider regex against the whole value', () => {
    const withRegex: ServiceFormModel = {
      ...model,
      entries: [{ ...(model.entries[1] as ServiceField), regex: '[A-Z]+', sample: 'ABC' }],
    };
    expect(validateServiceForm(withRegex, { SubscriberName: 'ABC' }, TRY(100_000))).toEqual([]);
    const issues = validateServiceForm(withRegex, { SubscriberName: 'ABc' }, TRY(100_000));
    expect(issues[0]!.message.en).toBe('Adına Bağış Yapılan is not in the expected format (e.g. ABC).');
  });
});

describe('toServicePaymentBody and parseServicePayment', () => {
  it('sends free text as basic inputs and choices as selected inputs, with service_id', () => {
    const body = toServicePaymentBody(
      model,
      { ...valid, OnBehalfOf: 'B', Country: 'Türkiye', Province: 'İstanbul', AddressText: 'Moda', Email: ' ' },
      { minor: 26_550, currency: 'EUR' },
    );
    expect(body).toEqual({
      service_id: 10065,
      basic_input_values: [
        { name: 'SubscriberName', value: 'Ayşe Yılmaz' },
        { name: 'Tckn_Vkn_Ykn', value: '12345678901' },
        { name: 'Country', value: 'Türkiye' },
        { name: 'Province', value: 'İstanbul' },
        { name: 'AddressText', value: 'Moda' },
      ],
      selected_input_values: [{ name: 'OnBehalfOf', selected_item: { key: 'B', value: 'Başkası adına' } }],
      amount: 265.5,
      currency_code: 'EUR',
    });
  });

  it('reads the documented Payments answer verbatim', () => {
    expect(parseServicePayment(fixture('isbank-payments.json'))).toEqual({
      ok: true,
      value: {
        paymentId: '2493761',
        executionDate: '2020-08-14T10:03:14.7450165+03:00',
        amountMinor: 26_500,
        currency: 'EUR',
        overdraftAmountMinor: 0,
        overdraftCurrency: 'TRY',
        sosUsed: false,
      },
    });
  });

  it('rejects payment answers without id, date or amount', () => {
    for (const body of [{ data: {} }, { data: { payment_id: '1' } }, { data: { payment_id: '1', execution_date: 'x', currency_code: 'TRY' } }, '<html>']) {
      const result = parseServicePayment(body);
      expect(result.ok ? 'ok' : result.error.code).toBe('provider-rejected');
    }
  });
});
