import type { TimelineEvent } from '@shared/domain/link-record';
import type { Language } from '@shared/domain/settings';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { errorLine } from '@shared/i18n/error-text';
import type { timelineMessages } from '@shared/i18n/messages/timeline';
import { translate } from '@shared/i18n/translate';

type TimelineKey = keyof typeof timelineMessages;

export interface TimelineLine {
  /** `22.11.2026 14:05` (Istanbul). */
  time: string;
  title: string;
  /** Facts kept with the event: the number or address used, the status seen … */
  detail?: string;
  /** Why it failed, in the user's words (never main's log text). */
  error?: string;
  failed: boolean;
}

const sendChannels = new Set(['sms', 'email', 'whatsapp', 'mailto', 'copy']);
const reminderDropReasons = new Set(['paid', 'expired', 'cancelled', 'owner']);

/** The catalog key of an event: its kind, the channel for sends, and the outcome. */
export function timelineKey(event: Pick<TimelineEvent, 'kind' | 'outcome' | 'channel' | 'detail'>): TimelineKey {
  // Why a reminder was dropped is a code kept in `detail`; its words are the title.
  if (event.kind === 'reminder-cancelled') return `timeline.reminder-cancelled.${reminderDropReasons.has(event.detail ?? '') ? event.detail : 'owner'}` as TimelineKey;
  if (event.kind === 'sent') {
    const channel = event.channel && sendChannels.has(event.channel) ? event.channel : 'other';
    return `timeline.sent.${channel}.${event.outcome}` as TimelineKey;
  }
  if (event.kind === 'reminded') return `timeline.reminded.${event.channel ?? 'sms'}.${event.outcome}` as TimelineKey;
  return `timeline.${event.kind}.${event.outcome}` as TimelineKey;
}

/** One timeline event in words, in Turkish or English. */
export function timelineLine(event: TimelineEvent, language: Language): TimelineLine {
  const line: TimelineLine = {
    time: formatIstanbulDateTime(event.at),
    title: translate(language, timelineKey(event)),
    failed: event.outcome === 'failed',
  };
  const facts = event.kind === 'reminder-cancelled' ? undefined : event.detail?.trim();
  const note = event.note ? translate(language, `timeline.note.${event.note}`) : undefined;
  const detail = [facts, note].filter(Boolean).join(' · ');
  if (detail) line.detail = detail;
  if (event.error) line.error = errorLine(event.error, language);
  return line;
}

/** Newest first, as the panel shows them. */
export function timelineLines(events: readonly TimelineEvent[], language: Language): TimelineLine[] {
  return [...events]
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .map((event) => timelineLine(event, language));
}
