import { z } from 'zod';
import type { ProviderCapabilities } from './capabilities';
import type { SendChannel, TimelineEvent } from './link-record';

/**
 * Reminders to the customer about an unpaid link: some hours before it expires, and/or some hours
 * after it was sent. Hours are absolute (a reminder 2 h after 23:30 Istanbul time is at 01:30 the
 * next day); due times are instants, so restarts and day boundaries change nothing.
 */
export const reminderTriggers = ['before-expiry', 'after-send'] as const;
export const reminderTriggerSchema = z.enum(reminderTriggers);
export type ReminderTrigger = z.infer<typeof reminderTriggerSchema>;

/** Provider SMS / e-mail go by themselves (PayTR); WhatsApp and the mail app wait for the owner to press send. */
export const reminderChannels = ['sms', 'email', 'whatsapp', 'mailto'] as const;
export const reminderChannelSchema = z.enum(reminderChannels);
export type ReminderChannel = z.infer<typeof reminderChannelSchema>;

export const MAX_BEFORE_EXPIRY_HOURS = 168;
export const MAX_AFTER_SEND_HOURS = 720;

/** The shop's defaults (Settings); absent hours = that reminder is off. Both off by default: provider SMS costs money. */
export const reminderRulesSchema = z.strictObject({
  beforeExpiryHours: z.number().int().min(1).max(MAX_BEFORE_EXPIRY_HOURS).optional(),
  afterSendHours: z.number().int().min(1).max(MAX_AFTER_SEND_HOURS).optional(),
});
export type ReminderRules = z.infer<typeof reminderRulesSchema>;

const HOUR_MS = 60 * 60 * 1000;

/** Whole hours from 1 to `max`, as typed at a counter (spaces around ignored); undefined when not. */
export function readHours(text: string, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const hours = Number(trimmed);
  return hours >= 1 && hours <= max ? hours : undefined;
}

/** Channels the owner sends by hand: the app opens the message, the owner presses send. */
export function isOwnerChannel(channel: ReminderChannel): channel is 'whatsapp' | 'mailto' {
  return channel === 'whatsapp' || channel === 'mailto';
}

/**
 * When a reminder is due, or undefined when it would be pointless: before-expiry needs an expiry
 * still ahead of `now` by more than the hours; after-send must fall before the expiry.
 */
export function reminderDueAt(trigger: ReminderTrigger, hours: number, link: { expiresAt?: string }, sentAt: Date, now: Date): Date | undefined {
  const expires = link.expiresAt ? Date.parse(link.expiresAt) : undefined;
  const due = trigger === 'before-expiry' ? (expires === undefined ? undefined : expires - hours * HOUR_MS) : sentAt.getTime() + hours * HOUR_MS;
  if (due === undefined || due <= now.getTime()) return undefined;
  if (expires !== undefined && due >= expires) return undefined;
  return new Date(due);
}

/** The latest send that reached the customer (copying the link reaches nobody): what a reminder follows. */
export function lastSendToCustomer(timeline: readonly TimelineEvent[]): (TimelineEvent & { channel: SendChannel }) | undefined {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const event = timeline[i];
    if (event?.kind === 'sent' && event.outcome === 'ok' && event.channel && event.channel !== 'copy') return event as TimelineEvent & { channel: SendChannel };
  }
  return undefined;
}

/**
 * How a reminder reaches the customer who got the link by `channel` at `to`: the same way where
 * the provider can send an existing link again (PayTR SMS / e-mail); otherwise WhatsApp for a
 * phone and the mail app for an address (Paynet sends only while creating). Copy has no recipient.
 */
export function reminderRoute(
  channel: SendChannel,
  to: string | undefined,
  caps: Pick<ProviderCapabilities, 'providerSms' | 'providerEmail'>,
): { channel: ReminderChannel; to: string } | undefined {
  if (!to) return undefined;
  switch (channel) {
    case 'sms':
      return { channel: caps.providerSms === 'after-create' ? 'sms' : 'whatsapp', to };
    case 'email':
      return { channel: caps.providerEmail === 'after-create' ? 'email' : 'mailto', to };
    case 'whatsapp':
    case 'mailto':
      return { channel, to };
    default:
      return undefined;
  }
}
