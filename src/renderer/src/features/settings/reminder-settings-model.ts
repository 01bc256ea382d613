import { MAX_AFTER_SEND_HOURS, MAX_BEFORE_EXPIRY_HOURS, readHours, type ReminderRules } from '@shared/domain/reminder';

/** One reminder rule as the form holds it: on or off, and the hours as typed. */
export interface RuleDraft {
  on: boolean;
  hours: string;
}

export interface ReminderDraft {
  beforeExpiry: RuleDraft;
  afterSend: RuleDraft;
}

export const DEFAULT_HOURS = { beforeExpiry: '24', afterSend: '48' } as const;

export function reminderDraftOf(rules: ReminderRules | undefined): ReminderDraft {
  return {
    beforeExpiry: { on: rules?.beforeExpiryHours !== undefined, hours: String(rules?.beforeExpiryHours ?? DEFAULT_HOURS.beforeExpiry) },
    afterSend: { on: rules?.afterSendHours !== undefined, hours: String(rules?.afterSendHours ?? DEFAULT_HOURS.afterSend) },
  };
}

export type ReminderReading = { ok: true; rules: ReminderRules } | { ok: false; invalid: Array<keyof ReminderDraft> };

/** The rules to save; a rule that is off keeps no hours (absent = off). */
export function readReminderDraft(draft: ReminderDraft): ReminderReading {
  const invalid: Array<keyof ReminderDraft> = [];
  const rules: ReminderRules = {};
  if (draft.beforeExpiry.on) {
    const hours = readHours(draft.beforeExpiry.hours, MAX_BEFORE_EXPIRY_HOURS);
    if (hours === undefined) invalid.push('beforeExpiry');
    else rules.beforeExpiryHours = hours;
  }
  if (draft.afterSend.on) {
    const hours = readHours(draft.afterSend.hours, MAX_AFTER_SEND_HOURS);
    if (hours === undefined) invalid.push('afterSend');
    else rules.afterSendHours = hours;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, rules };
}
