import { z } from 'zod';
import { accountIdSchema } from '../domain/account';
import {
  isbankBranchSchema,
  isbankInstallmentQuerySchema,
  isbankInstallmentSchema,
  isbankMerchantQuerySchema,
  isbankMerchantSchema,
} from '../domain/isbank-paybylink';
import { linkReferenceSchema } from '../domain/link';
import { moneySchema } from '../domain/money';
import { oduyoCustomerDraftSchema, oduyoCustomerQuerySchema, oduyoCustomerSchema } from '../domain/oduyo-customer';
import { serviceFormModelSchema } from '../service-spec';
import { linkOutcomeSchema } from './links';
import type { ChannelSpec } from './common';

/**
 * Channels for the provider-specific helpers of the link form (Ödüyo customer accounts, İşbank
 * PayByLink look-ups, İşbank service forms). Handlers: src/main/handlers/provider-tool-handlers.ts.
 */
const account = { accountId: accountIdSchema };

/** What a user types into a service form: field key → text, bounded. */
export const serviceFormValuesSchema = z
  .record(z.string().min(1).max(120), z.string().max(1000))
  .refine((values) => Object.keys(values).length <= 200, 'too many fields');

export const serviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const providerToolChannels = {
  /** Search the account's Ödüyo customer accounts (free text → name / e-mail / phone / id). */
  'oduyo-customers:list': {
    input: z.strictObject({ ...account, query: oduyoCustomerQuerySchema }),
    output: z.array(oduyoCustomerSchema),
  },
  /** Create a customer account while creating a link; returns it with its new id. */
  'oduyo-customers:create': {
    input: z.strictObject({ ...account, draft: oduyoCustomerDraftSchema }),
    output: oduyoCustomerSchema,
  },
  'isbank:merchants': {
    input: z.strictObject(account),
    output: z.array(isbankMerchantSchema),
  },
  'isbank:branches': {
    input: z.strictObject({ ...account, merchantNo: isbankMerchantQuerySchema.shape.merchantNo }),
    output: z.array(isbankBranchSchema),
  },
  'isbank:currencies': {
    input: z.strictObject({ ...account, ...isbankMerchantQuerySchema.shape }),
    output: z.array(z.string().regex(/^[A-Z]{3}$/)),
  },
  'isbank:installments': {
    input: z.strictObject({ ...account, ...isbankInstallmentQuerySchema.shape }),
    output: z.array(isbankInstallmentSchema),
  },
  /** The form model of one İşbank service (source 004), drawn generically by the renderer. */
  'isbank-services:get': {
    input: z.strictObject({ ...account, serviceId: serviceIdSchema }),
    output: serviceFormModelSchema,
  },
  /**
   * Paying a service moves money: it goes through the outbox (intent written before the request,
   * never sent twice, keyed by the form's reference) and its result is recorded in history.
   */
  'isbank-services:pay': {
    input: z.strictObject({
      ...account,
      reference: linkReferenceSchema,
      serviceId: serviceIdSchema,
      values: serviceFormValuesSchema,
      amount: moneySchema,
    }),
    output: linkOutcomeSchema,
  },
} as const satisfies Record<string, ChannelSpec>;
