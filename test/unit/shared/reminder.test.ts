import { describe, expect, it } from 'vitest';
import { formatIstanbulDateTime } from '../../../src/shared/domain/istanbul-time';
import { reminderDueAt, reminderRoute } from '../../../src/shared/domain/reminder';

const paytr = { providerSms: 'after-create', providerEmail: 'after-create' } as const;
const paynet = { providerSms: 'at-create', providerEmail: 'at-create' } as const;

describe('reminder due times', () => {
  it('after-send is absolute hours: 2 h after 23:30 Istanbul time is 01:30 on the next Istanbul day', () => {
    const sentAt = new Date('2026-12-03T20:30:00Z'); // 23:30 in Istanbul
    const due = reminderDueAt('after-send', 2, {}, sentAt, sentAt);
    expect(due?.toISOString()).toBe('2026-12-03T22:30:00.000Z');
    expect(formatIstanbulDateTime(due?.toISOString() ?? '')).toBe('04.12.2026 01:30');
  });

  it('before-expiry counts back from the expiry, across midnight; it needs an expiry still ahead', () => {
    const now = new Date('2026-12-03T18:00:00Z');
    const link = { expiresAt: '2026-12-04T00:30:00Z' }; // 03:30 on 4 Dec in Istanbul
    expect(formatIstanbulDateTime(reminderDueAt('before-expiry', 4, link, now, now)?.toISOString() ?? '')).toBe('03.12.2026 23:30');
    expect(reminderDueAt('before-expiry', 4, {}, now, now)).toBeUndefined();
    expect(reminderDueAt('before-expiry', 7, link, now, now)).toBeUndefined(); // already past
  });

  it('a reminder at or after the expiry, or in the past, is not planned', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(reminderDueAt('after-send', 5, { expiresAt: '2026-12-03T14:00:00Z' }, now, now)).toBeUndefined();
    expect(reminderDueAt('after-send', 3, { expiresAt: '2026-12-03T14:00:00Z' }, now, now)?.toISOString()).toBe('2026-12-03T13:00:00.000Z');
    const longAgo = new Date('2026-12-01T10:00:00Z');
    expect(reminderDueAt('after-send', 2, {}, longAgo, now)).toBeUndefined();
  });

  it('the same instant whatever the process time zone: due times are instants, a restart reads the same one back', () => {
    const sentAt = new Date('2026-03-29T00:30:00Z');
    const first = reminderDueAt('after-send', 24, {}, sentAt, sentAt)?.toISOString();
    expect(first).toBe('2026-03-30T00:30:00.000Z');
    expect(reminderDueAt('after-send', 24, {}, new Date(Date.parse(first ?? '') - 24 * 3_600_000), sentAt)?.toISOString()).toBe(first);
  });
});

describe('reminder routes', () => {
  it('goes the way the link went where the provider can send it again; WhatsApp or the mail app where it cannot', () => {
    expect(reminderRoute('sms', '+905551234567', paytr)).toEqual({ channel: 'sms', to: '+905551234567' });
    expect(reminderRoute('email', 'a@b.com', paytr)).toEqual({ channel: 'email', to: 'a@b.com' });
    expect(reminderRoute('sms', '+905551234567', paynet)).toEqual({ channel: 'whatsapp', to: '+905551234567' });
    expect(reminderRoute('email', 'a@b.com', paynet)).toEqual({ channel: 'mailto', to: 'a@b.com' });
    expect(reminderRoute('whatsapp', '+905551234567', paynet)).toEqual({ channel: 'whatsapp', to: '+905551234567' });
  });

  it('copy, or a send without a recipient, has no route', () => {
    expect(reminderRoute('copy', 'x', paytr)).toBeUndefined();
    expect(reminderRoute('whatsapp', undefined, paytr)).toBeUndefined();
  });
});
