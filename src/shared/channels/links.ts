import { z } from 'zod';
import { accountIdSchema } from '../domain/account';
import { createLinkRequestSchema, linkReferenceSchema } from '../domain/link';
import { linkRecordSchema } from '../domain/link-record';
import { outboxItemSchema } from '../domain/outbox-item';
import type { ChannelSpec } from './common';

const reference = { reference: linkReferenceSchema };

/** What creating or sending returns: the outbox item, and the history record once the link exists. */
export const linkOutcomeSchema = z.object({ item: outboxItemSchema, record: linkRecordSchema.nullable() });

/**
 * Channels of the one link service (src/main/links/). `links:create` is idempotent by the
 * reference the form generated: calling it again returns the same link, or replaces the request
 * of an item that has not reached the provider yet (an edit).
 */
export const linkChannels = {
  'links:create': {
    input: z.strictObject({
      accountId: accountIdSchema,
      request: createLinkRequestSchema,
      /**
       * `now` tries at once and queues on a network failure; `later` only queues it (the worker
       * sends it); `draft` saves it until the owner sends it (never by itself); `shop` hands it to
       * the shop's queue for any open counter to send (this counter's own outbox when the server is away).
       */
      mode: z.enum(['now', 'later', 'draft', 'shop']),
      /** The owner confirmed an amount above the shop's limit (read back in words); main refuses such an amount without it. */
      amountConfirmed: z.boolean().optional(),
    }),
    output: linkOutcomeSchema,
  },
  /** Provider SMS / e-mail of an existing link; queued in the outbox when offline. */
  'links:send': {
    input: z.strictObject({ ...reference, channel: z.enum(['sms', 'email']), to: z.string().min(3).max(100) }),
    output: linkOutcomeSchema,
  },
  /** WhatsApp (wa.me) or the e-mail app (mailto): main builds the message, opens it and records it. */
  'links:share': {
    input: z.strictObject({
      ...reference,
      channel: z.enum(['whatsapp', 'mailto']),
      to: z.string().min(3).max(100).optional(),
    }),
    output: linkRecordSchema,
  },
  /** Things the renderer did with a link that belong on its timeline. */
  'links:note': {
    input: z.strictObject({
      ...reference,
      event: z.enum(['copied', 'qr-shown', 'printed']),
      detail: z.string().max(200).optional(),
    }),
    output: linkRecordSchema,
  },
  'links:cancel': { input: z.strictObject(reference), output: linkRecordSchema },
  'links:mark-paid': { input: z.strictObject(reference), output: linkRecordSchema },
  /** Ask the provider now (where it has a look-up). */
  'links:check-status': { input: z.strictObject(reference), output: linkRecordSchema },
  /** The owner has seen a payment the status look-up found (its alert closed, or its detail opened). */
  'links:mark-seen': { input: z.strictObject(reference), output: linkRecordSchema },
} as const satisfies Record<string, ChannelSpec>;
