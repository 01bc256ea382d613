import { z } from 'zod';
import { accountIdSchema } from './account';
import { createLinkRequestSchema, linkReferenceSchema } from './link';
import { moneySchema } from './money';
import { providerIdSchema } from './provider-id';
import { reminderChannelSchema, reminderTriggerSchema } from './reminder';
import { appErrorSchema } from '../result';

const instant = z.string().datetime({ offset: true });

/**
 * queued → sending → created, or retry-wait (network, 5xx, 429), failed (the provider said no),
 * unknown (the request may have reached the provider and the answer was lost), cancelled.
 * A draft is saved by the owner and never goes out by itself: only their "send" makes it sending.
 * A reminder waits `queued` until its time; one the owner sends by hand (WhatsApp, mail app) then
 * becomes `due` and waits for them.
 */
export const outboxStates = ['draft', 'queued', 'due', 'sending', 'created', 'retry-wait', 'failed', 'unknown', 'cancelled'] as const;
export const outboxStateSchema = z.enum(outboxStates);
export type OutboxState = z.infer<typeof outboxStateSchema>;

/** States the user may still edit or cancel (nothing has reached a provider). */
export const editableOutboxStates: readonly OutboxState[] = ['draft', 'queued', 'due', 'retry-wait', 'failed'];

/**
 * Waiting to go out or for the user (the navigation badge, "waiting" in history): neither settled
 * (created, cancelled) nor a draft, which waits for the owner by design.
 */
export const pendingOutboxStates: readonly OutboxState[] = ['queued', 'due', 'sending', 'retry-wait', 'failed', 'unknown'];

/** What an outbox item asks a provider to do. */
export const outboxJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create-link'), request: createLinkRequestSchema }),
  /** Provider SMS / e-mail of an existing link (PayTR send-sms / send-email). */
  z.object({
    kind: z.literal('send'),
    reference: linkReferenceSchema,
    channel: z.enum(['sms', 'email']),
    /** E.164 phone or e-mail address. */
    to: z.string().min(3).max(100),
  }),
  /** A reminder about an unpaid link, due at the item's `nextAttemptAt`; skipped once the link is no longer active. */
  z.object({
    kind: z.literal('remind'),
    reference: linkReferenceSchema,
    channel: reminderChannelSchema,
    /** E.164 phone or e-mail address. */
    to: z.string().min(3).max(100),
    trigger: reminderTriggerSchema,
  }),
  /** An İşbank service form payment (moves money: never sent twice). */
  z.object({
    kind: z.literal('service-pay'),
    reference: linkReferenceSchema,
    serviceId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    values: z.record(z.string().max(120), z.string().max(1000)),
    amount: moneySchema,
  }),
]);
export type OutboxJob = z.infer<typeof outboxJobSchema>;

export const outboxItemSchema = z.object({
  /** For create-link and service-pay the app's reference; for sends `<reference>-<channel>-<n>`, reminders `<reference>-remind-<n>`. */
  id: z.string().regex(/^PD[0-9A-Z]{10,30}(-(sms|email|remind)-\d{1,4})?$/),
  accountId: accountIdSchema,
  provider: providerIdSchema,
  job: outboxJobSchema,
  state: outboxStateSchema,
  createdAt: instant,
  updatedAt: instant,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: instant.optional(),
  lastError: appErrorSchema.optional(),
  /** How an unknown item was settled: by a provider look-up or by the user. */
  resolution: z.enum(['reconciled', 'user-confirmed-created', 'user-chose-retry']).optional(),
  /**
   * From the shop's queue ("any open counter may send it"): `fence` 0 = offered, waiting for a
   * counter; n = claimed here under fence n. Only the shop queue moves such an item, never the
   * local worker, so a claim lost to another counter can never be sent from here.
   */
  shop: z.object({ fence: z.number().int().nonnegative() }).optional(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxSummarySchema = z.object({
  counts: z.partialRecord(outboxStateSchema, z.number().int().nonnegative()),
  /** Items waiting to go out or needing the user (badge in the navigation). */
  pending: z.number().int().nonnegative(),
  draining: z.boolean(),
});
export type OutboxSummary = z.infer<typeof outboxSummarySchema>;

/**
 * The owner's decision on an `unknown` item no look-up could settle: it was created (they will
 * check the provider's panel), or create it again (they accept the risk, warned).
 */
export const unknownDecisionSchema = z.enum(['was-created', 'create-again']);
export type UnknownDecision = z.infer<typeof unknownDecisionSchema>;
