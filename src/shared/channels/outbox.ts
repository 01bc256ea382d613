import { z } from 'zod';
import { createLinkRequestSchema, linkReferenceSchema } from '../domain/link';
import { MAX_AFTER_SEND_HOURS, reminderTriggerSchema } from '../domain/reminder';
import { outboxItemSchema, outboxSummarySchema, unknownDecisionSchema } from '../domain/outbox-item';
import { done, noInput, type ChannelSpec } from './common';

const id = { id: outboxItemSchema.shape.id };

export const outboxChannels = {
  /** Every item not yet settled, plus the recently settled ones (newest first). */
  'outbox:list': { input: noInput, output: z.object({ items: z.array(outboxItemSchema), summary: outboxSummarySchema }) },
  'outbox:send-now': { input: z.strictObject(id), output: outboxItemSchema },
  /** Replace the request of a queued / waiting / failed link (nothing has reached the provider). */
  'outbox:edit': { input: z.strictObject({ ...id, request: createLinkRequestSchema }), output: outboxItemSchema },
  'outbox:cancel': { input: z.strictObject(id), output: outboxItemSchema },
  /**
   * The user's decision on an `unknown` item that no look-up could settle: it was created (they
   * will check the provider's panel) or create it again (they accept the risk, warned).
   */
  'outbox:resolve': {
    input: z.strictObject({ ...id, decision: unknownDecisionSchema }),
    output: outboxItemSchema,
  },
  /** Plan a reminder for one unpaid link, by the channel it was last sent by (cancelled with outbox:cancel). */
  'outbox:remind': {
    input: z.strictObject({ reference: linkReferenceSchema, trigger: reminderTriggerSchema, hours: z.number().int().min(1).max(MAX_AFTER_SEND_HOURS) }),
    output: outboxItemSchema,
  },
  /** Drop settled items (created / cancelled) from the list. */
  'outbox:clear-settled': { input: noInput, output: done },
} as const satisfies Record<string, ChannelSpec>;
