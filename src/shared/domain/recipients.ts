import type { TimelineEvent } from './link-record';

const E164 = /^\+[1-9]\d{7,14}$/;
const sendChannelsWithRecipient: ReadonlySet<string> = new Set(['sms', 'email', 'whatsapp', 'mailto']);

/**
 * The phones (E.164) and e-mail addresses a link was sent to, from its timeline: every successful
 * SMS, e-mail, WhatsApp or mail-app send that named one, oldest first, each once. They belong to
 * the link (shown in history, searchable) even when they were typed only at sending time.
 */
export function recipientsOf(timeline: readonly TimelineEvent[]): string[] {
  const found = new Set<string>();
  for (const event of timeline) {
    if (event.kind !== 'sent' || event.outcome !== 'ok' || !event.channel || !sendChannelsWithRecipient.has(event.channel)) continue;
    const to = event.detail?.trim();
    if (to && (E164.test(to) || to.includes('@'))) found.add(to);
  }
  return [...found].slice(0, 20);
}
