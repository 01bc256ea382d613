import type { HandlerTable } from '@shared/contract';
import type { OutboxSummary } from '@shared/domain/outbox-item';
import { ok } from '@shared/result';
import type { OutboxActions } from '../outbox/outbox-actions';
import type { ReminderPlanner } from '../links/reminder-planner';

/** The outbox screen: list, send now, edit, cancel, decide on unknown items, plan a reminder, clear settled ones. */
export function outboxHandlers(actions: OutboxActions, reminders: ReminderPlanner, summary: () => OutboxSummary) {
  return {
    'outbox:list': async () => ok({ items: actions.list(), summary: summary() }),
    'outbox:send-now': async ({ id }) => ok(await actions.sendNow(id)),
    'outbox:edit': async ({ id, request }) => ok(await actions.edit(id, request)),
    'outbox:cancel': async ({ id }) => ok(await actions.cancel(id)),
    'outbox:resolve': async ({ id, decision }) => ok(await actions.resolve(id, decision)),
    'outbox:remind': async ({ reference, trigger, hours }) => ok(await reminders.schedule(reference, trigger, hours)),
    'outbox:clear-settled': async () => {
      await actions.clearSettled();
      return ok({ done: true as const });
    },
  } satisfies Pick<
    HandlerTable,
    'outbox:list' | 'outbox:send-now' | 'outbox:edit' | 'outbox:cancel' | 'outbox:resolve' | 'outbox:remind' | 'outbox:clear-settled'
  >;
}
