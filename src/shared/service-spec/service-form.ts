import { z } from 'zod';

/**
 * The typed form model of one İşbank service (source 004), built by `parseServiceSpec`. The
 * renderer draws it generically; main validates the same model again before paying. It is a
 * zod schema so it can cross the IPC seam unchanged.
 */

export const serviceChoiceSchema = z.object({ key: z.string(), value: z.string() });
export type ServiceChoice = z.infer<typeof serviceChoiceSchema>;

export const parameterTypes = ['alphanumeric', 'numeric'] as const;

export const serviceFieldSchema = z.object({
  /** `choice` when the provider listed `items`; the value is then one of their keys. */
  kind: z.enum(['text', 'choice']),
  /** Unique key of the field in the form's values (the provider's name unless two fields share it). */
  key: z.string(),
  /** The name the provider expects back when paying. */
  name: z.string(),
  label: z.string(),
  required: z.boolean(),
  parameterType: z.enum(parameterTypes).optional(),
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().positive().optional(),
  /** The provider's pattern; the whole value must match it. */
  regex: z.string().optional(),
  /** e.g. CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_ADDRESS_COUNTRY: lets the UI pick an input type. */
  uiHint: z.string().optional(),
  sample: z.string().optional(),
  /** The provider's help text (`description`), shown under the input. */
  help: z.string().optional(),
  groupIndex: z.number().optional(),
  choices: z.array(serviceChoiceSchema),
});
export type ServiceField = z.infer<typeof serviceFieldSchema>;

/**
 * A fieldset (e.g. Address → Country, Province …). When the group itself is optional, its
 * required children become required only once the user fills any field of the group.
 */
export const serviceGroupSchema = z.object({
  kind: z.literal('group'),
  key: z.string(),
  name: z.string(),
  label: z.string(),
  required: z.boolean(),
  help: z.string().optional(),
  groupIndex: z.number().optional(),
  fields: z.array(serviceFieldSchema),
});
export type ServiceGroup = z.infer<typeof serviceGroupSchema>;

export const serviceEntrySchema = z.union([serviceFieldSchema, serviceGroupSchema]);
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

export const amountRangeSchema = z.object({
  currency: z.string(),
  minMinor: z.number().int().nonnegative().optional(),
  maxMinor: z.number().int().nonnegative().optional(),
});
export type AmountRange = z.infer<typeof amountRangeSchema>;

export const amountRulesSchema = z.object({
  /** e.g. `FreeAmount`: the payer types the amount. */
  type: z.string().optional(),
  decimalFractionAllowed: z.boolean(),
  ranges: z.array(amountRangeSchema),
  /** The currency the provider preselects. */
  selectedCurrency: z.string().optional(),
});
export type AmountRules = z.infer<typeof amountRulesSchema>;

export const serviceFormModelSchema = z.object({
  /** Sent back as received (the documented sample has a number). */
  serviceId: z.union([z.number().int().nonnegative(), z.string()]),
  inputMethod: z.string().optional(),
  freePaymentAllowed: z.boolean(),
  collectablePaymentAllowed: z.boolean(),
  /** In display order (`group_index`). */
  entries: z.array(serviceEntrySchema),
  amount: amountRulesSchema,
  /** What the parser had to ignore or repair, in plain words, for support. */
  warnings: z.array(z.string()),
});
export type ServiceFormModel = z.infer<typeof serviceFormModelSchema>;

/** Every input field of the model, groups opened, in display order. */
export function allFields(model: ServiceFormModel): ServiceField[] {
  return model.entries.flatMap((entry) => (entry.kind === 'group' ? entry.fields : [entry]));
}
