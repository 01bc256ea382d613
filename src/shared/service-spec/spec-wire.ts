import { z } from 'zod';

/**
 * Lenient wire schemas for İşbank's "Services" answer (source 004), written for the answer exactly
 * as it arrives: empty values come as `"\n "`, nested numbers and booleans come as strings
 * (`"100"`, `"true"`), and fields carry placeholder children `{"items":[]}` without a name.
 * Everything here normalises; the form model (service-form.ts) decides what it means.
 */

/** Whitespace-only strings and null mean "not given". */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

export const optionalText = z.preprocess(
  blankToUndefined,
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .optional(),
);

export const optionalNumber = z.preprocess((value) => {
  const v = blankToUndefined(value);
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return v;
}, z.number().finite().optional());

export const optionalBoolean = z.preprocess((value) => {
  const v = blankToUndefined(value);
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true' || t === '1') return true;
    if (t === 'false' || t === '0') return false;
  }
  if (v === 1) return true;
  if (v === 0) return false;
  return v;
}, z.boolean().optional());

const wireItem = z.object({ key: optionalText, value: optionalText });

export interface WireField {
  label?: string;
  name?: string;
  required?: boolean;
  parameter_type?: string;
  parameter_length?: { min?: number; max?: number };
  ui_hint?: string;
  items: { key?: string; value?: string }[];
  regex?: string;
  sample?: string;
  description?: string;
  group_index?: number;
  input_fields: WireField[];
}

/** A list that may arrive missing, as null or as a blank string: all mean "none". */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (blankToUndefined(v) === undefined ? [] : v), z.array(item));

export const wireFieldSchema: z.ZodType<WireField> = z.lazy(() =>
  z.object({
    label: optionalText,
    name: optionalText,
    required: optionalBoolean,
    parameter_type: optionalText,
    parameter_length: z.preprocess(
      blankToUndefined,
      z.object({ min: optionalNumber, max: optionalNumber }).optional(),
    ),
    ui_hint: optionalText,
    items: list(wireItem),
    regex: optionalText,
    sample: optionalText,
    description: optionalText,
    group_index: optionalNumber,
    input_fields: list(wireFieldSchema),
  }),
);

const amountRange = z.object({
  currency_code: optionalText,
  min_value: optionalNumber,
  max_value: optionalNumber,
});

export const wireServiceSchema = z.object({
  service_id: z.union([z.number().int().nonnegative(), z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/)]),
  payment_features: z
    .object({
      collectable_payment_allowed: optionalBoolean,
      free_payment_allowed: optionalBoolean,
      collectable_payment_options: z
        .object({
          allowed_if_payment_order_exist: optionalBoolean,
          exceed_payment_allowed: optionalBoolean,
          partial_payment_allowed: optionalBoolean,
        })
        .optional(),
    })
    .optional(),
  free_collection_query_specs: z
    .object({
      input_method: z.object({ type: optionalText }).optional(),
      input_fields: list(wireFieldSchema),
    })
    .optional(),
  // collectable_query_specs is ignored on purpose: the documented sample carries a shape there
  // (`input_fields.input_fields.type = 0`) that describes no field.
  amount_input: z
    .object({
      type: optionalText,
      decimal_fraction_allowed: optionalBoolean,
      selected_amount_limitation: z.object({ currency_code: optionalText }).optional(),
      amount_limitations: z.object({ amount_range: list(amountRange) }).optional(),
    })
    .optional(),
});
export type WireService = z.infer<typeof wireServiceSchema>;
