import type { Account } from './account';
import type { ProviderCapabilities } from './capabilities';
import type { CreateLinkRequest, CreatedLink } from './link';
import type { LinkRecord, TimelineEvent, TimelineNote } from './link-record';
import type { Money } from './money';
import type { OutboxItem } from './outbox-item';
import type { ReminderChannel } from './reminder';
import type { AppError } from '../result';
import type { ServicePaymentResult } from '../service-spec';

/** The history record of a link the provider has just created. */
export function createdLinkRecord(input: {
  account: Account;
  capabilities: ProviderCapabilities;
  request: CreateLinkRequest;
  created: { url?: CreatedLink['url']; providerRefs: CreatedLink['providerRefs'] };
  at: string;
  status?: LinkRecord['status'];
  note?: TimelineNote;
  /** False when nobody knows what the provider did (the user confirmed a lost answer). */
  providerActed?: boolean;
}): LinkRecord {
  const { account, request: req, at } = input;
  const timeline: TimelineEvent[] = [{ at, kind: 'created', outcome: 'ok', ...(input.note ? { note: input.note } : {}) }];
  // Paynet sends the link itself while creating it: that is a send, recorded as one.
  if (input.providerActed !== false) {
    if (req.notifyBySms && input.capabilities.providerSms === 'at-create' && req.customer.phone) {
      timeline.push({ at, kind: 'sent', outcome: 'ok', channel: 'sms', detail: req.customer.phone });
    }
    if (req.notifyByEmail && input.capabilities.providerEmail === 'at-create' && req.customer.email) {
      timeline.push({ at, kind: 'sent', outcome: 'ok', channel: 'email', detail: req.customer.email });
    }
  }
  return {
    reference: req.reference,
    kind: 'link',
    accountId: account.id,
    provider: account.provider,
    accountLabel: account.label,
    createdAt: at,
    updatedAt: at,
    linkType: req.linkType,
    amount: req.amount,
    ...(req.maxAmountMinor !== undefined ? { maxAmountMinor: req.maxAmountMinor } : {}),
    description: req.description,
    customer: req.customer,
    maxInstallments: req.maxInstallments,
    ...(req.cashPriceInstallments !== undefined ? { cashPriceInstallments: req.cashPriceInstallments } : {}),
    ...(req.expiresAt !== undefined ? { expiresAt: req.expiresAt } : {}),
    ...(input.created.url !== undefined ? { url: input.created.url } : {}),
    providerRefs: input.created.providerRefs,
    status: input.status ?? 'active',
    timeline,
  };
}

/** The history record of an İşbank service payment (money moved: status `paid`). */
export function servicePaymentRecord(input: {
  account: Account;
  reference: string;
  serviceId: string;
  amount: Money;
  payment: ServicePaymentResult | undefined;
  at: string;
  note?: TimelineNote;
}): LinkRecord {
  const { account, payment, at } = input;
  const currency = payment?.currency;
  const amount: Money =
    payment && payment.amountMinor > 0 && isCurrency(currency) ? { minor: payment.amountMinor, currency } : input.amount;
  const detail = payment ? `payment_id ${payment.paymentId}` : undefined;
  return {
    reference: input.reference,
    kind: 'service-payment',
    accountId: account.id,
    provider: account.provider,
    accountLabel: account.label,
    createdAt: at,
    updatedAt: at,
    linkType: 'amount',
    amount,
    description: `İşbank ${input.serviceId}`,
    customer: {},
    maxInstallments: 1,
    providerRefs: payment ? { paymentId: payment.paymentId, serviceId: input.serviceId } : { serviceId: input.serviceId },
    status: payment ? 'paid' : 'unknown',
    ...(payment ? { paidAt: payment.executionDate.slice(0, 40), paidAmountMinor: amount.minor } : {}),
    ...(payment ? { servicePayment: servicePaymentFacts(input.serviceId, payment) } : {}),
    timeline: [{ at, kind: 'service-paid', outcome: 'ok', ...(detail ? { detail } : {}), ...(input.note ? { note: input.note } : {}) }],
  };
}

function servicePaymentFacts(serviceId: string, payment: ServicePaymentResult): NonNullable<LinkRecord['servicePayment']> {
  const overdraft: { minor?: number; currency?: Money['currency'] } = {};
  if (payment.overdraftAmountMinor > 0) overdraft.minor = payment.overdraftAmountMinor;
  if (isCurrency(payment.overdraftCurrency)) overdraft.currency = payment.overdraftCurrency;
  return {
    serviceId,
    paymentId: payment.paymentId,
    executionDate: payment.executionDate.slice(0, 40),
    ...(Object.keys(overdraft).length > 0 ? { overdraft } : {}),
    sosUsed: payment.sosUsed,
  };
}

const currencyCodes = new Set(['TRY', 'EUR', 'USD', 'GBP', 'RUB']);
function isCurrency(code: string | undefined): code is Money['currency'] {
  return code !== undefined && currencyCodes.has(code);
}

/** A provider SMS / e-mail on the link's timeline, with its error when it failed. */
export function sendEvent(channel: 'sms' | 'email', to: string, at: string, error?: AppError, note?: TimelineNote): TimelineEvent {
  const noted = note ? { note } : {};
  return error
    ? { at, kind: 'sent', outcome: 'failed', channel, detail: to.slice(0, 500), ...noted, error }
    : { at, kind: 'sent', outcome: 'ok', channel, detail: to.slice(0, 500), ...noted };
}

/** A reminder's outcome on the timeline: the channel and the phone or address it went to. */
export function reminderEvent(channel: ReminderChannel, to: string, at: string, error?: AppError): TimelineEvent {
  return error ? { at, kind: 'reminded', outcome: 'failed', channel, detail: to.slice(0, 500), error } : { at, kind: 'reminded', outcome: 'ok', channel, detail: to.slice(0, 500) };
}

export type ReminderDropReason = 'paid' | 'expired' | 'cancelled' | 'owner';

/** Why a link that is no longer payable takes its reminders with it. */
export function reminderDropReason(record: Pick<LinkRecord, 'status'>): Exclude<ReminderDropReason, 'owner'> {
  if (record.status === 'paid') return 'paid';
  if (record.status === 'expired') return 'expired';
  return 'cancelled';
}

/** A planned reminder that will not go: the link was paid, expired or cancelled, or the owner dropped it. */
export function reminderDroppedEvent(why: ReminderDropReason, at: string): TimelineEvent {
  return { at, kind: 'reminder-cancelled', outcome: 'ok', detail: why };
}

export function withEvent(record: LinkRecord, event: TimelineEvent): LinkRecord {
  // The timeline is bounded by the schema; the oldest events after the first (created) go first.
  const timeline = [...record.timeline, event];
  while (timeline.length > 500) timeline.splice(1, 1);
  return { ...record, timeline, updatedAt: event.at };
}

/** The reference a send item belongs to (`PD…-sms-2` → `PD…`). */
export function referenceOfItem(item: OutboxItem): string {
  return item.job.kind === 'create-link' ? item.job.request.reference : item.job.reference;
}
