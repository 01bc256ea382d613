import { z } from 'zod';
import { majorToMinor, minorToMajorNumber, type Money } from '../domain/money';
import { fail, ok, type Result } from '../result';
import { allFields, type ServiceFormModel } from './service-form';
import { optionalBoolean, optionalNumber, optionalText } from './spec-wire';
import { filled, type ServiceFormValues } from './validate-service-form';

/**
 * The body that pays a service. Modelled on İşbank's Bill Payments API, which uses the same spec
 * (unverified for this product): free text in `basic_input_values`, choices in
 * `selected_input_values` with the chosen item, and the amount in major units. Fields of a
 * fieldset are sent flat under their own provider name. Call `validateServiceForm` first.
 */
export interface ServicePaymentBody {
  service_id: number | string;
  basic_input_values: { name: string; value: string }[];
  selected_input_values: { name: string; selected_item: { key: string; value: string } }[];
  amount: number;
  currency_code: string;
}

export function toServicePaymentBody(model: ServiceFormModel, values: ServiceFormValues, amount: Money): ServicePaymentBody {
  const body: ServicePaymentBody = {
    service_id: model.serviceId,
    basic_input_values: [],
    selected_input_values: [],
    amount: minorToMajorNumber(amount.minor),
    currency_code: amount.currency,
  };
  for (const field of allFields(model)) {
    const value = filled(values[field.key]);
    if (value === undefined) continue;
    if (field.kind === 'text') {
      body.basic_input_values.push({ name: field.name, value });
      continue;
    }
    const item = field.choices.find((c) => c.key === value);
    if (item) body.selected_input_values.push({ name: field.name, selected_item: { key: item.key, value: item.value } });
  }
  return body;
}

/** A recorded service payment (source 004 "Payments"), amounts in minor units. */
export const servicePaymentResultSchema = z.object({
  paymentId: z.string(),
  /** ISO-8601 as the bank sent it, offset included (e.g. `2020-08-14T10:03:14.7450165+03:00`). */
  executionDate: z.string(),
  amountMinor: z.number().int().nonnegative(),
  currency: z.string(),
  overdraftAmountMinor: z.number().int().nonnegative(),
  overdraftCurrency: z.string().optional(),
  /** Whether the payer's overdraft account (SOS / KMH) was used. */
  sosUsed: z.boolean(),
});
export type ServicePaymentResult = z.infer<typeof servicePaymentResultSchema>;

const wirePayment = z.object({
  payment_id: z.union([z.string().trim().min(1).max(100), z.number().int().nonnegative()]).transform(String),
  execution_date: z.string().trim().min(1).max(60),
  amount: optionalNumber,
  currency_code: optionalText,
  overdraft_amount: optionalNumber,
  overdraft_currency_code: optionalText,
  sos_used: optionalBoolean,
});

/** Reads the Payments answer (with or without `{"data": …}`); unreadable → provider-rejected. */
export function parseServicePayment(body: unknown): Result<ServicePaymentResult> {
  const inner = body && typeof body === 'object' && 'data' in body ? (body as { data: unknown }).data : body;
  const parsed = wirePayment.safeParse(inner);
  if (!parsed.success) return fail('provider-rejected', 'The payment answer has no payment id or date');
  const p = parsed.data;
  const amountMinor = p.amount === undefined ? null : majorToMinor(p.amount);
  const overdraftMinor = majorToMinor(p.overdraft_amount ?? 0);
  if (amountMinor === null || overdraftMinor === null || !p.currency_code) {
    return fail('provider-rejected', 'The payment answer has no readable amount or currency');
  }
  return ok({
    paymentId: p.payment_id,
    executionDate: p.execution_date,
    amountMinor,
    currency: p.currency_code.toUpperCase(),
    overdraftAmountMinor: overdraftMinor,
    overdraftCurrency: p.overdraft_currency_code?.toUpperCase(),
    sosUsed: p.sos_used ?? false,
  });
}
