import { editableOutboxStates, type OutboxItem, type OutboxSummary } from '@shared/domain/outbox-item';
import { formatMoney, type Money } from '@shared/domain/money';
import { isOwnerChannel } from '@shared/domain/reminder';
import { formatPhone } from '@shared/domain/phone';
import type { Translate } from '@shared/i18n/translate';
import type { ItemOutcome } from './outbox-store';

export interface OutboxActions {
  sendNow: boolean;
  /** Only link requests open in the New link form; sends and service payments are not edited. */
  edit: boolean;
  cancel: boolean;
  /** An unknown item waits for the user's decision. */
  resolve: boolean;
}

/** The words of the "send now" button: a draft is created, a due reminder opened in its app. */
export function sendNowLabel(item: Pick<OutboxItem, 'state' | 'job'>): 'drafts.send' | 'reminders.open.whatsapp' | 'reminders.open.mailto' | 'outbox.sendNow' {
  if (item.state === 'draft') return 'drafts.send';
  if (item.job.kind === 'remind' && isOwnerChannel(item.job.channel)) return `reminders.open.${item.job.channel}`;
  return 'outbox.sendNow';
}

/** What the user may do with an item in its state (main checks again). */
export function outboxActions(item: Pick<OutboxItem, 'state' | 'job'>): OutboxActions {
  const editable = editableOutboxStates.includes(item.state);
  return {
    sendNow: editable,
    edit: editable && item.job.kind === 'create-link',
    cancel: editable,
    resolve: item.state === 'unknown',
  };
}

/** The item in one line: what it is and for whom. */
export function outboxTitle(item: Pick<OutboxItem, 'job'>, t: Translate): string {
  const { job } = item;
  switch (job.kind) {
    case 'create-link':
      return t('outbox.job.create-link');
    case 'send':
      return job.channel === 'sms'
        ? t('outbox.job.send.sms', { to: formatPhone(job.to) })
        : t('outbox.job.send.email', { to: job.to });
    case 'service-pay':
      return t('outbox.job.service-pay');
    case 'remind': {
      const to = job.to.startsWith('+') ? formatPhone(job.to) : job.to;
      return t(`outbox.job.remind.${job.channel}`, { to });
    }
  }
}

export function outboxAmount(item: Pick<OutboxItem, 'job'>): Money | undefined {
  const { job } = item;
  if (job.kind === 'create-link') return job.request.amount;
  if (job.kind === 'service-pay') return job.amount;
  return undefined;
}

export function outboxAmountText(item: Pick<OutboxItem, 'job'>): string | undefined {
  const amount = outboxAmount(item);
  return amount ? formatMoney(amount) : undefined;
}

/** The customer as the shop knows them (name, else phone, else e-mail), for link requests. */
export function outboxCustomer(item: Pick<OutboxItem, 'job'>): string | undefined {
  if (item.job.kind !== 'create-link') return undefined;
  const { name, phone, email } = item.job.request.customer;
  return [name?.trim(), phone ? formatPhone(phone) : undefined, email].filter(Boolean).join(' · ') || undefined;
}

export interface OutboxGroups {
  /** Saved by the owner to send later: their own page, never sent by themselves. */
  drafts: OutboxItem[];
  /** Reminders waiting for their time (a due one the owner sends by hand needs them: attention). */
  reminders: OutboxItem[];
  /** The owner must decide (unknown) or fix (failed): first on the screen. */
  attention: OutboxItem[];
  /** Going out by themselves (queued, on the way, waiting for a provider). */
  waiting: OutboxItem[];
  /** Sent or cancelled: folded away (history has the links). */
  done: OutboxItem[];
}

const attentionOrder: Partial<Record<OutboxItem['state'], number>> = { unknown: 0, failed: 1, due: 2 };

/** The outbox as the owner reads it (drafts apart): what needs them first, then what is on its way, then what is done. */
export function groupOutboxItems(items: readonly OutboxItem[]): OutboxGroups {
  const groups: OutboxGroups = { drafts: [], reminders: [], attention: [], waiting: [], done: [] };
  for (const item of items) {
    if (item.state === 'draft') groups.drafts.push(item);
    else if (item.job.kind === 'remind' && item.state === 'queued') groups.reminders.push(item);
    else if (item.state === 'unknown' || item.state === 'failed' || item.state === 'due') groups.attention.push(item);
    else if (item.state === 'created' || item.state === 'cancelled') groups.done.push(item);
    else groups.waiting.push(item);
  }
  // Stable within a state: the list comes newest first from main.
  groups.attention.sort((a, b) => (attentionOrder[a.state] ?? 0) - (attentionOrder[b.state] ?? 0));
  groups.reminders.sort((a, b) => (a.nextAttemptAt ?? '').localeCompare(b.nextAttemptAt ?? ''));
  return groups;
}

/**
 * Progress while the worker drains: how many of the items waiting when it started have gone.
 * `baseline` is the most items seen waiting during this drain.
 */
export function drainProgress(summary: OutboxSummary, baseline: number): { done: number; total: number } {
  const total = Math.max(baseline, summary.pending);
  return { done: Math.max(0, total - summary.pending), total };
}

/**
 * Whether to show "sending…": the worker is draining and something is actually on its way (or
 * has gone in this drain). A worker waiting for an unreachable provider is not "sending".
 */
export function showsSending(summary: OutboxSummary | undefined, baseline: number): boolean {
  if (!summary?.draining) return false;
  return (summary.counts.sending ?? 0) > 0 || drainProgress(summary, baseline).done > 0;
}

export interface DraftOutcome {
  key: 'drafts.done.deleted' | 'drafts.done.created' | 'drafts.done.outbox';
  /** The link did not come out of it yet: its state and reason are in the outbox. */
  toOutbox: boolean;
}

/** What became of a draft the owner just sent or deleted (it has left the drafts list). */
export function draftOutcome(items: readonly OutboxItem[], outcomes: Readonly<Record<string, ItemOutcome>>): DraftOutcome | undefined {
  for (const item of items) {
    const outcome = outcomes[item.id];
    if (item.state === 'draft' || outcome?.tone !== 'ok') continue;
    if (outcome.key === 'drafts.done.deleted') return { key: 'drafts.done.deleted', toOutbox: false };
    if (outcome.key === 'drafts.done.sent') {
      return item.state === 'created' ? { key: 'drafts.done.created', toOutbox: false } : { key: 'drafts.done.outbox', toOutbox: true };
    }
  }
  return undefined;
}
