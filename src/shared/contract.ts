import { z } from 'zod';
import { channelNameList, eventNameList } from './channel-names';
import { accountChannels } from './channels/accounts';
import { appChannels } from './channels/app';
import type { ChannelSpec } from './channels/common';
import { contactChannels } from './channels/contacts';
import { dataChannels } from './channels/data';
import { historyChannels } from './channels/history';
import { linkChannels } from './channels/links';
import { outboxChannels } from './channels/outbox';
import { printChannels } from './channels/print';
import { productChannels } from './channels/products';
import { providerToolChannels } from './channels/provider-tools';
import { reportChannels } from './channels/reports';
import { receiptPrinterChannels } from './channels/receipt-printer';
import { settingsChannels } from './channels/settings';
import { shopChannels } from './channels/shop';
import { noticeSchema } from './domain/notice';
import { paidAlertSchema } from './domain/paid-alert';
import { outboxSummarySchema } from './domain/outbox-item';
import { settingsSchema } from './domain/settings';
import { shopStatusSchema } from './domain/shop';
import type { Result } from './result';

/**
 * THE table of every IPC channel (renderer → main) and every event (main → renderer).
 * Main's handlers `satisfy` it, the preload allows exactly these names, and the renderer's
 * forms reuse the input schemas. Channels are `domain:verb`; events are `domain:changed`.
 */
export const channels = {
  ...appChannels,
  ...settingsChannels,
  ...accountChannels,
  ...providerToolChannels,
  ...linkChannels,
  ...historyChannels,
  ...outboxChannels,
  ...contactChannels,
  ...productChannels,
  ...dataChannels,
  ...printChannels,
  ...reportChannels,
  ...receiptPrinterChannels,
  ...shopChannels,
} as const satisfies Record<string, ChannelSpec>;

export const events = {
  'accounts:changed': z.object({}),
  'settings:changed': settingsSchema,
  'notices:changed': z.array(noticeSchema),
  /** Links were added or changed (created, sent, status seen, cancelled …). */
  'history:changed': z.object({ references: z.array(z.string()).max(1000) }),
  /** A status look-up saw a link paid (once per link): the on-screen alert. */
  'links:paid': paidAlertSchema,
  'outbox:changed': outboxSummarySchema,
  /** The shop connection's state changed (a round went through or failed, joined, left). */
  'shop:changed': shopStatusSchema,
  /** A menu item or global shortcut asking the renderer to go somewhere. */
  'app:command': z.object({ command: z.enum(['new-link', 'history', 'day-end', 'drafts', 'outbox', 'settings']) }),
} as const satisfies Record<string, z.ZodType>;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.infer<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.infer<Channels[C]['output']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

/** What main implements: one async handler per channel, errors as data. */
export type HandlerTable = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };

/** What the preload exposes as `window.paydesk`. */
export interface PayDeskBridge {
  invoke<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

// The preload's zod-free name lists must match the tables exactly (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatches: Same<(typeof channelNameList)[number], Channel> = true;
const eventListMatches: Same<(typeof eventNameList)[number], EventName> = true;
void channelListMatches;
void eventListMatches;
