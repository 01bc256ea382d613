import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem, OutboxSummary } from '../../../src/shared/domain/outbox-item';
import { createInput, paynetRequest, paytrRequest, startLinkKit, waitFor, type LinkKit } from './link-kit';

/** Reminders (#19): planned in the outbox after a send, sent once at their time, dropped when the link is paid. */
const HOUR = 3_600_000;
let nowMs = Date.now();
const clock = { now: () => new Date(nowMs) };
const opened: string[] = [];
let kit: LinkKit;
beforeAll(async () => {
  kit = await startLinkKit({ clock, openExternal: async (url: string) => void opened.push(url) });
  await kit.ok('settings:update', { reminders: { beforeExpiryHours: 3, afterSendHours: 2 } });
});
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };
const remindersOf = async (reference: string) =>
  (await kit.ok<{ items: OutboxItem[] }>('outbox:list')).items.filter((i) => i.job.kind === 'remind' && i.job.reference === reference);
const smsCount = () => kit.paytr.emulator.count('POST /odeme/api/link/send-sms');
const events = async (reference: string, kind: string) => (await kit.record(reference))?.timeline.filter((e) => e.kind === kind) ?? [];

async function paytrLinkSentBySms(): Promise<string> {
  const account = await kit.account('paytr');
  const request = paytrRequest({
    customer: { name: 'Ayşe Yılmaz', phone: '+905551234567' },
    notifyBySms: true,
    expiresAt: new Date(nowMs + 48 * HOUR).toISOString(),
  });
  await kit.ok<Outcome>('links:create', createInput(account, request));
  await waitFor(async () => (await events(request.reference, 'sent')).some((e) => e.outcome === 'ok'), 5000, 'the SMS after create');
  return request.reference;
}

describe('reminders', () => {
  it('a PayTR link sent by SMS gets the shop’s two reminders, planned (not pending), kept through a restart, each sent once at its time', async () => {
    const reference = await paytrLinkSentBySms();
    const planned = await waitFor(async () => ((await remindersOf(reference)).length === 2 ? remindersOf(reference) : undefined), 5000, 'two reminders');
    const byTrigger = Object.fromEntries(planned.map((i) => [i.job.kind === 'remind' ? i.job.trigger : '', i]));
    expect(byTrigger['after-send']).toMatchObject({ state: 'queued', job: { channel: 'sms', to: '+905551234567' } });
    expect(Date.parse(byTrigger['after-send']?.nextAttemptAt ?? '') - nowMs).toBeGreaterThan(2 * HOUR - 60_000);
    const expires = Date.parse((await kit.record(reference))?.expiresAt ?? '');
    expect(Date.parse(byTrigger['before-expiry']?.nextAttemptAt ?? '')).toBe(expires - 3 * HOUR);
    const { summary } = await kit.ok<{ summary: OutboxSummary }>('outbox:list');
    expect(summary.pending).toBe(0);

    await kit.h.restart();
    expect(await remindersOf(reference)).toHaveLength(2);
    const before = smsCount();
    nowMs += 2 * HOUR + 1000; // the after-send reminder is due
    await waitFor(async () => (await events(reference, 'reminded')).length === 1, 5000, 'the reminder SMS');
    expect(smsCount()).toBe(before + 1);
    expect((await events(reference, 'reminded'))[0]).toMatchObject({ outcome: 'ok', channel: 'sms', detail: '+905551234567' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smsCount()).toBe(before + 1); // once

    // Paid: the other reminder is dropped at once, with the reason on the timeline, and never sent.
    await kit.ok('links:mark-paid', { reference });
    await waitFor(async () => (await remindersOf(reference)).every((i) => i.state !== 'queued'), 5000, 'the reminder dropped');
    expect((await events(reference, 'reminder-cancelled'))[0]).toMatchObject({ detail: 'paid' });
    nowMs += 48 * HOUR;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smsCount()).toBe(before + 1);
  });

  it('a WhatsApp reminder is never opened by itself: at its time it waits for the owner (counted as pending), who opens it once', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest({ customer: { phone: '+905559876543' } });
    const { record } = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(record?.url).toBeTruthy();
    await kit.ok('links:share', { reference: request.reference, channel: 'whatsapp' });
    const [reminder] = await waitFor(async () => ((await remindersOf(request.reference)).length === 1 ? remindersOf(request.reference) : undefined), 5000, 'a reminder');
    expect(reminder).toMatchObject({ job: { channel: 'whatsapp', trigger: 'after-send' } }); // no expiry: only after-send
    const openedBefore = opened.length;
    nowMs += 2 * HOUR + 1000;
    await waitFor(async () => (await kit.item(reminder?.id ?? ''))?.state === 'due', 5000, 'due');
    expect(opened.length).toBe(openedBefore);
    expect((await kit.ok<{ summary: OutboxSummary }>('outbox:list')).summary.pending).toBe(1);

    const sent = await kit.ok<OutboxItem>('outbox:send-now', { id: reminder?.id });
    expect(sent.state).toBe('created');
    expect(opened.length).toBe(openedBefore + 1);
    const text = decodeURIComponent(opened.at(-1) ?? '');
    expect(opened.at(-1)).toMatch(/^https:\/\/wa\.me\/905559876543\?text=/);
    expect(text).toContain('Küçük bir hatırlatma');
    expect((await events(request.reference, 'reminded'))[0]).toMatchObject({ outcome: 'ok', channel: 'whatsapp' });
    expect(await kit.invoke('outbox:send-now', { id: reminder?.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('Paynet sends the SMS while creating: its reminder goes by WhatsApp to the same phone (Paynet cannot send an existing link)', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest({ customer: { name: 'Ali', phone: '+905551112233' }, notifyBySms: true });
    await kit.ok('links:create', createInput(account, request));
    const [reminder] = await waitFor(async () => ((await remindersOf(request.reference)).length > 0 ? remindersOf(request.reference) : undefined), 5000, 'a reminder');
    expect(reminder?.job).toMatchObject({ kind: 'remind', channel: 'whatsapp', to: '+905551112233' });
  });

  it('the owner plans one for a link by hand, by the channel it was sent by, and cancels it (on the timeline); a link never sent cannot be reminded', async () => {
    await kit.ok('settings:update', { reminders: {} }); // defaults off
    const account = await kit.account('paytr');
    const request = paytrRequest({ customer: { email: 'ayse@ornek.com' } });
    await kit.ok('links:create', createInput(account, request));
    expect(await kit.invoke('outbox:remind', { reference: request.reference, trigger: 'after-send', hours: 5 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await kit.ok('links:share', { reference: request.reference, channel: 'mailto' });
    expect(await remindersOf(request.reference)).toHaveLength(0); // defaults are off
    const planned = await kit.ok<OutboxItem>('outbox:remind', { reference: request.reference, trigger: 'after-send', hours: 5 });
    expect(planned).toMatchObject({ state: 'queued', job: { channel: 'mailto', to: 'ayse@ornek.com' } });
    // One upcoming reminder per kind: a renderer cannot pile up reminders the shop pays for.
    expect(await kit.invoke('outbox:remind', { reference: request.reference, trigger: 'after-send', hours: 6 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await kit.invoke('outbox:remind', { reference: request.reference, trigger: 'before-expiry', hours: 5 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await kit.ok('outbox:cancel', { id: planned.id });
    expect((await events(request.reference, 'reminder-cancelled'))[0]).toMatchObject({ detail: 'owner' });
  });
});
