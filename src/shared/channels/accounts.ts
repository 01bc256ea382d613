import { z } from 'zod';
import {
  accountIdSchema,
  accountSettingsSchemas,
  accountViewSchema,
  baseUrlSchema,
  environmentSchema,
  secretFieldSchema,
} from '../domain/account';
import { userTextSchema } from '../result';
import { done, noInput, type ChannelSpec } from './common';

/** A secret as typed by the user: no control characters except the newlines of a PEM key. */
export const secretValueSchema = z
  .string()
  .min(1)
  .max(20_000)
  .refine((v) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(v), 'control characters');

// partialRecord: any subset of the provider's secret fields (zod 4's z.record with enum keys demands all).
const secretsInput = z.partialRecord(secretFieldSchema, secretValueSchema);

const draftBase = {
  label: z.string().trim().min(1).max(80),
  environment: environmentSchema,
  baseUrl: baseUrlSchema.optional(),
};

/** Input for adding an account: public fields plus the secrets to put in the keychain. */
export const accountDraftSchema = z.discriminatedUnion('provider', [
  z.strictObject({ ...draftBase, provider: z.literal('paytr'), settings: accountSettingsSchemas.paytr }),
  z.strictObject({ ...draftBase, provider: z.literal('paynet'), settings: accountSettingsSchemas.paynet }),
  z.strictObject({ ...draftBase, provider: z.literal('oduyo'), settings: accountSettingsSchemas.oduyo }),
  z.strictObject({ ...draftBase, provider: z.literal('isbank'), settings: accountSettingsSchemas.isbank }),
]);
export type AccountDraft = z.infer<typeof accountDraftSchema>;

export const accountCreateSchema = z.strictObject({ draft: accountDraftSchema, secrets: secretsInput });
/** Editing keeps the provider; secrets listed here are replaced, the others stay as they are. */
export const accountUpdateSchema = z.strictObject({
  id: accountIdSchema,
  draft: accountDraftSchema,
  secrets: secretsInput,
});

export const accountTestResultSchema = z.object({
  /** What the provider answered, in plain words (e.g. the merchant name or "0 links today"). */
  detail: userTextSchema,
  checkedAt: z.string().datetime(),
});

export const accountChannels = {
  'accounts:list': { input: noInput, output: z.array(accountViewSchema) },
  'accounts:create': { input: accountCreateSchema, output: accountViewSchema },
  'accounts:update': { input: accountUpdateSchema, output: accountViewSchema },
  'accounts:remove': { input: z.strictObject({ id: accountIdSchema }), output: done },
  'accounts:test': { input: z.strictObject({ id: accountIdSchema }), output: accountTestResultSchema },
  'secrets:set': {
    input: z.strictObject({ accountId: accountIdSchema, field: secretFieldSchema, value: secretValueSchema }),
    output: done,
  },
  'secrets:delete': { input: z.strictObject({ accountId: accountIdSchema, field: secretFieldSchema }), output: done },
  'secrets:has': {
    input: z.strictObject({ accountId: accountIdSchema }),
    output: z.record(z.string(), z.boolean()),
  },
} as const satisfies Record<string, ChannelSpec>;
