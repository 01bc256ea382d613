import { z } from 'zod';
import { accountIdSchema } from './account';
import { customerSchema, linkReferenceSchema, linkStatusSchema, linkTypeSchema, type LinkStatus } from './link';
import { storedLinkUrlSchema } from './link-url';
import { moneySchema } from './money';
import { providerIdSchema } from './provider-id';
import { appErrorSchema } from '../result';
import { counterNameSchema } from './shop';

const instant = z.string().datetime({ offset: true });

/** Ways a link reaches a customer: provider SMS / e-mail, or the shop's own apps. */
export const sendChannels = ['sms', 'email', 'whatsapp', 'mailto', 'copy'] as const;
export const sendChannelSchema = z.enum(sendChannels);
export type SendChannel = z.infer<typeof sendChannelSchema>;

export const timelineKinds = [
  'created',
  'sent',
  'printed',
  'qr-shown',
  'status-checked',
  'paid',
  'marked-paid',
  'expired',
  'cancelled',
  'edited',
  'service-paid',
  /** A reminder went to the customer (channel, recipient), or could not. */
  'reminded',
  /** A planned reminder was dropped; `detail` says why: paid, expired, cancelled (the link) or owner. */
  'reminder-cancelled',
  /**
   * Several counters: this counter's result for a link it had claimed from the shop's queue came
   * after another counter took the claim over; it was kept aside, not applied. `detail`: the state it reached.
   */
  'shop-conflict',
] as const;
export const timelineKindSchema = z.enum(timelineKinds);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

/**
 * Why an event is on the timeline though PayDesk did not see it happen itself, or how it knows:
 * a `paid` event from the callback relay says how the callback was verified.
 */
export const timelineNoteSchema = z.enum(['found-after-lost-answer', 'user-confirmed', 'paytr-callback-verified', 'paynet-transaction-check']);
export type TimelineNote = z.infer<typeof timelineNoteSchema>;

/** One thing that happened to a link, with its outcome (a failed send keeps its error). */
export const timelineEventSchema = z.object({
  at: instant,
  kind: timelineKindSchema,
  outcome: z.enum(['ok', 'failed']),
  channel: sendChannelSchema.optional(),
  /** Free facts for the user: the phone or e-mail used, the paper printed on, the status seen … */
  detail: z.string().max(500).optional(),
  /** How PayDesk came to know it, as a code the UI words (older records carry words in `detail`). */
  note: timelineNoteSchema.optional(),
  error: appErrorSchema.optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** The result of paying an İşbank service form, kept verbatim in history. */
export const servicePaymentRecordSchema = z.object({
  serviceId: z.string().max(40),
  paymentId: z.string().max(100),
  executionDate: z.string().max(40).optional(),
  overdraft: moneySchema.partial().optional(),
  sosUsed: z.boolean().optional(),
});
export type ServicePaymentRecord = z.infer<typeof servicePaymentRecordSchema>;

/** Everything the app knows about one link (or İşbank service payment), as persisted in history. */
export const linkRecordSchema = z.object({
  reference: linkReferenceSchema,
  kind: z.enum(['link', 'service-payment']).default('link'),
  accountId: accountIdSchema,
  provider: providerIdSchema,
  /** The account's label when the link was made (accounts may be renamed or removed later). */
  accountLabel: z.string().max(80),
  createdAt: instant,
  updatedAt: instant,
  linkType: linkTypeSchema,
  amount: moneySchema,
  maxAmountMinor: z.number().int().positive().optional(),
  description: z.string().max(200),
  customer: customerSchema,
  maxInstallments: z.number().int().min(1).max(12),
  cashPriceInstallments: z.number().int().min(2).max(12).optional(),
  expiresAt: instant.optional(),
  /** Absent only when the user confirmed a link whose answer was lost, or for service payments. */
  url: storedLinkUrlSchema.optional(),
  providerRefs: z.record(z.string(), z.string().max(200)),
  status: linkStatusSchema,
  statusCheckedAt: instant.optional(),
  paidAt: z.string().max(40).optional(),
  paidAmountMinor: z.number().int().nonnegative().optional(),
  /** Facts from the last status look-up (xact_id, payment_id …). */
  statusDetails: z.record(z.string(), z.string().max(200)).optional(),
  servicePayment: servicePaymentRecordSchema.optional(),
  /** Set when a look-up saw the payment and the owner has not looked at it yet (optional: old records read as seen). */
  paidUnseen: z.literal(true).optional(),
  /** The counter that made it, when the shop's counters share their data (absent on one computer alone). */
  counter: counterNameSchema.optional(),
  timeline: z.array(timelineEventSchema).max(500),
});
export type LinkRecord = z.infer<typeof linkRecordSchema>;

/** What the history list needs per row (no timeline), so 100,000 rows stay light. */
export const linkSummarySchema = linkRecordSchema.omit({ timeline: true, statusDetails: true }).extend({
  /** Where the link was sent (phones in E.164, e-mail addresses), from its timeline (recipients.ts). */
  sentTo: z.array(z.string().max(200)).max(20).optional(),
});
export type LinkSummary = z.infer<typeof linkSummarySchema>;

export const dateRanges = ['today', 'week', 'month', 'custom', 'all'] as const;

/** Filters of the history screen; the same object drives the list, the totals and the CSV export. */
export const historyFilterSchema = z.strictObject({
  text: z.string().max(200).optional(),
  accountIds: z.array(accountIdSchema).max(50).optional(),
  providers: z.array(providerIdSchema).max(4).optional(),
  statuses: z.array(linkStatusSchema).max(6).optional(),
  /** Inclusive instants; the renderer turns "today / this week / this month" into these. */
  from: instant.optional(),
  to: instant.optional(),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export const totalsRowSchema = z.object({ count: z.number().int(), sumMinor: z.number().int() });

/**
 * Money is totalled per outcome, never across them: collected (paid), awaiting (active, or unknown
 * after a lost answer) and closed (expired, cancelled). Failed links never existed and count nowhere.
 */
export const totalsOutcomes = ['collected', 'awaiting', 'closed'] as const;
export type TotalsOutcome = (typeof totalsOutcomes)[number];
export const totalsOutcomeOf: Record<LinkStatus, TotalsOutcome | null> = {
  paid: 'collected',
  active: 'awaiting',
  unknown: 'awaiting',
  expired: 'closed',
  cancelled: 'closed',
  failed: null,
};

export const historyTotalsSchema = z.object({
  count: z.number().int(),
  byCurrency: z.partialRecord(moneySchema.shape.currency, totalsRowSchema),
  byOutcome: z.partialRecord(z.enum(totalsOutcomes), z.partialRecord(moneySchema.shape.currency, totalsRowSchema)),
  byProvider: z.partialRecord(providerIdSchema, z.partialRecord(moneySchema.shape.currency, totalsRowSchema)),
});
export type HistoryTotals = z.infer<typeof historyTotalsSchema>;
