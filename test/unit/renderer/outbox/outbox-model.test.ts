import { describe, expect, it } from 'vitest';
import { outboxStates, type OutboxItem } from '../../../../src/shared/domain/outbox-item';
import { createTranslator } from '../../../../src/shared/i18n/translate';
import {
  draftOutcome,
  drainProgress,
  groupOutboxItems,
  outboxActions,
  outboxAmountText,
  outboxCustomer,
  outboxTitle,
  showsSending,
} from '../../../../src/renderer/src/features/outbox/outbox-model';

const request = {
  reference: 'PD0000000000000000000001',
  linkType: 'amount' as const,
  amount: { minor: 125_050, currency: 'TRY' as const },
  description: 'Kırmızı elbise',
  customer: { name: 'Ayşe Yılmaz', phone: '+905551234567' },
  maxInstallments: 1,
  language: 'tr' as const,
  notifyBySms: false,
  notifyByEmail: false,
};
const link: Pick<OutboxItem, 'job'> = { job: { kind: 'create-link', request } };
const sms: Pick<OutboxItem, 'job'> = { job: { kind: 'send', reference: request.reference, channel: 'sms', to: '+905551234567' } };
const tr = createTranslator('tr');
const en = createTranslator('en');

describe('outbox model', () => {
  it('offers send now, edit and cancel only before anything reached the provider', () => {
    const allowed = Object.fromEntries(outboxStates.map((state) => [state, outboxActions({ ...link, state })]));
    expect(allowed.queued).toEqual({ sendNow: true, edit: true, cancel: true, resolve: false });
    expect(allowed['retry-wait']).toEqual({ sendNow: true, edit: true, cancel: true, resolve: false });
    expect(allowed.failed).toEqual({ sendNow: true, edit: true, cancel: true, resolve: false });
    for (const state of ['sending', 'created', 'cancelled'] as const) {
      expect(allowed[state], state).toEqual({ sendNow: false, edit: false, cancel: false, resolve: false });
    }
    // An unknown item is never re-sent by a button: the user decides with the facts.
    expect(allowed.unknown).toEqual({ sendNow: false, edit: false, cancel: false, resolve: true });
  });

  it('edits only link requests (a queued SMS is cancelled, not edited)', () => {
    expect(outboxActions({ ...sms, state: 'queued' })).toEqual({ sendNow: true, edit: false, cancel: true, resolve: false });
  });

  it('describes each job with amount and customer', () => {
    expect(outboxTitle(link, tr)).toBe('Ödeme linki');
    expect(outboxAmountText(link)).toBe('1.250,50 ₺');
    expect(outboxCustomer(link)).toBe('Ayşe Yılmaz · 0555 123 45 67');
    expect(outboxTitle(sms, tr)).toBe('SMS gönderimi: 0555 123 45 67');
    expect(outboxTitle({ job: { ...sms.job, channel: 'email', to: 'ayse@example.com' } as OutboxItem['job'] }, en)).toBe(
      'E-mail to ayse@example.com',
    );
    expect(outboxAmountText(sms)).toBeUndefined();
    expect(outboxCustomer(sms)).toBeUndefined();
  });

  it('counts drain progress against the most items seen waiting', () => {
    expect(drainProgress({ counts: {}, pending: 3, draining: true }, 3)).toEqual({ done: 0, total: 3 });
    expect(drainProgress({ counts: {}, pending: 1, draining: true }, 3)).toEqual({ done: 2, total: 3 });
    // More items queued during the drain raise the total instead of going negative.
    expect(drainProgress({ counts: {}, pending: 5, draining: true }, 3)).toEqual({ done: 0, total: 5 });
  });
});

describe('sending indicator', () => {
  it('shows only while something is on its way or has gone in this drain', () => {
    expect(showsSending(undefined, 0)).toBe(false);
    expect(showsSending({ counts: { queued: 3 }, pending: 3, draining: false }, 0)).toBe(false);
    // Draining but the provider is unreachable: nothing is being sent.
    expect(showsSending({ counts: { 'retry-wait': 3 }, pending: 3, draining: true }, 3)).toBe(false);
    expect(showsSending({ counts: { sending: 2, 'retry-wait': 1 }, pending: 3, draining: true }, 3)).toBe(true);
    expect(showsSending({ counts: { created: 1, 'retry-wait': 2 }, pending: 2, draining: true }, 3)).toBe(true);
  });
});

describe('the outbox as the owner reads it', () => {
  const at = '2026-12-03T10:00:00.000Z';
  const item = (id: string, state: OutboxItem['state']): OutboxItem => ({
    ...link,
    id: `PD00000000000${id}`,
    accountId: 'acc_0123456789abcdef',
    provider: 'paytr',
    state,
    createdAt: at,
    updatedAt: at,
    attempts: 0,
  });

  it('puts what needs the owner first (unknown, then failed), then what goes by itself, and folds the done ones', () => {
    const groups = groupOutboxItems([item('1', 'created'), item('2', 'failed'), item('3', 'queued'), item('4', 'unknown'), item('5', 'retry-wait'), item('6', 'cancelled'), item('7', 'sending'), item('8', 'draft')]);
    expect(groups.drafts.map((i) => i.state)).toEqual(['draft']);
    expect(groups.attention.map((i) => i.state)).toEqual(['unknown', 'failed']);
    expect(groups.waiting.map((i) => i.state)).toEqual(['queued', 'retry-wait', 'sending']);
    expect(groups.done.map((i) => i.state)).toEqual(['created', 'cancelled']);
  });

  it('says what became of a draft that left the list: deleted, created, or waiting in the outbox', () => {
    const ok = (key: 'drafts.done.sent' | 'drafts.done.deleted') => ({ tone: 'ok' as const, key });
    expect(draftOutcome([item('1', 'created')], { [item('1', 'created').id]: ok('drafts.done.sent') })).toEqual({ key: 'drafts.done.created', toOutbox: false });
    expect(draftOutcome([item('1', 'retry-wait')], { [item('1', 'retry-wait').id]: ok('drafts.done.sent') })).toEqual({ key: 'drafts.done.outbox', toOutbox: true });
    expect(draftOutcome([item('1', 'cancelled')], { [item('1', 'cancelled').id]: ok('drafts.done.deleted') })).toEqual({ key: 'drafts.done.deleted', toOutbox: false });
    // Still a draft (the send did not happen), or an outbox action's outcome: nothing to say here.
    expect(draftOutcome([item('1', 'draft')], { [item('1', 'draft').id]: ok('drafts.done.sent') })).toBeUndefined();
    expect(draftOutcome([item('1', 'created')], { [item('1', 'created').id]: { tone: 'ok', key: 'outbox.done.sendNow' } })).toBeUndefined();
  });
});
