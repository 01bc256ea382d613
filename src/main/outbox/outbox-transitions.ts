import type { CreateLinkRequest } from '@shared/domain/link';
import { editableOutboxStates, type OutboxItem, type OutboxState } from '@shared/domain/outbox-item';
import { AppFailure, type AppError } from '@shared/result';

/**
 * Every move of an outbox item from one state to the next, as pure functions of the item: each
 * returns the next item, or throws `conflict` when the item is not in a state that allows it.
 * The store applies them atomically (`outbox.update(id, (item) => move(item, …))`).
 *
 *   draft / queued / retry-wait / failed ──claim──▶ sending ──settle──▶ created | retry-wait | failed | unknown
 *   sending ──unclaim──▶ queued | retry-wait           sending ──resume (after a crash)──▶ created | unknown
 *   queued / retry-wait / failed ──edit──▶ queued       draft ──edit──▶ draft       ──cancel──▶ cancelled
 *   queued reminder the owner sends by hand ──ripen (its time came)──▶ due ──claim (the owner)──▶ sending
 *   sending reminder whose link is no longer active ──settle──▶ cancelled
 *   unknown ──reconcile──▶ created | queued             ──resolve (the user)──▶ created | queued
 *   queued / sending / retry-wait ──hold (a restored backup)──▶ unknown
 */

/** Done with: kept a while for the outbox screen, the rest is in history. */
export const settledOutboxStates: readonly OutboxState[] = ['created', 'cancelled'];

/** Settled items older than this are dropped when the store opens. */
export const SETTLED_KEEP_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many settled items stay in the file (the newest): every write stays small. */
export const SETTLED_KEEP_COUNT = 50;

/** States in which a request may still go out (or may have gone out after a backup was made). */
const IN_FLIGHT: readonly OutboxState[] = ['queued', 'sending', 'retry-wait'];

export type Stamp = string;

function mustBe(item: OutboxItem, allowed: readonly OutboxState[], move: string): void {
  if (!allowed.includes(item.state)) throw AppFailure.of('conflict', `Cannot ${move}: the item is ${item.state}`);
}

/** The item without its wait and its last error (a new state starts clean). */
function fresh(item: OutboxItem): Omit<OutboxItem, 'nextAttemptAt' | 'lastError'> {
  const { nextAttemptAt: _wait, lastError: _error, ...rest } = item;
  return rest;
}

/** The item without its wait (its last error still explains it). */
function unscheduled(item: OutboxItem): Omit<OutboxItem, 'nextAttemptAt'> {
  const { nextAttemptAt: _wait, ...rest } = item;
  return rest;
}

/** Taken for a request: `sending`, one attempt more. */
export function claim(item: OutboxItem, from: readonly OutboxState[], at: Stamp): OutboxItem {
  mustBe(item, from, 'claim');
  return { ...unscheduled(item), state: 'sending', attempts: item.attempts + 1, updatedAt: at };
}

/** Put back without a request (a paused provider, stopping): the attempt did not count. */
export function unclaim(item: OutboxItem, at: Stamp, until?: number): OutboxItem {
  if (item.state !== 'sending') return item;
  const back = { ...unscheduled(item), attempts: Math.max(0, item.attempts - 1), updatedAt: at };
  return until === undefined ? { ...back, state: 'queued' } : { ...back, state: 'retry-wait', nextAttemptAt: new Date(until).toISOString() };
}

/** The outcome of a request: created, or the state its error calls for (with the error and when to try again). */
export function settle(
  item: OutboxItem,
  outcome: { state: Extract<OutboxState, 'created' | 'retry-wait' | 'failed' | 'unknown' | 'cancelled'>; error?: AppError; nextAttemptAt?: string },
  at: Stamp,
): OutboxItem {
  return {
    ...fresh(item),
    state: outcome.state,
    updatedAt: at,
    ...(outcome.error ? { lastError: outcome.error } : {}),
    ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
  };
}

/** A new request for a link that has not reached the provider: it goes out again by itself (a draft stays a draft). */
export function edit(item: OutboxItem, request: CreateLinkRequest, at: Stamp): OutboxItem {
  mustBe(item, editableOutboxStates, 'edit');
  return { ...fresh(item), job: { kind: 'create-link', request }, state: item.state === 'draft' ? 'draft' : 'queued', updatedAt: at };
}

export function cancel(item: OutboxItem, at: Stamp): OutboxItem {
  mustBe(item, editableOutboxStates, 'cancel');
  return { ...unscheduled(item), state: 'cancelled', updatedAt: at };
}

/** A reminder the owner sends by hand reached its time: it now waits for them (never opened by itself). */
export function ripen(item: OutboxItem, at: Stamp): OutboxItem {
  mustBe(item, ['queued'], 'ripen');
  if (item.job.kind !== 'remind') throw AppFailure.of('conflict', 'Cannot ripen: only reminders wait for the owner');
  return { ...unscheduled(item), state: 'due', updatedAt: at };
}

/** A look-up settled an `unknown` item: the provider has it (created), or it has nothing, so it may go again (queued). */
export function reconcile(item: OutboxItem, found: boolean, at: Stamp): OutboxItem {
  mustBe(item, ['unknown'], 'reconcile');
  return found
    ? { ...fresh(item), state: 'created', resolution: 'reconciled', updatedAt: at }
    : { ...unscheduled(item), state: 'queued', resolution: 'reconciled', updatedAt: at };
}

/** The user's decision on an `unknown` item. */
export function resolve(item: OutboxItem, decision: 'was-created' | 'create-again', at: Stamp): OutboxItem {
  mustBe(item, ['unknown'], 'resolve');
  return decision === 'was-created'
    ? { ...unscheduled(item), state: 'created', resolution: 'user-confirmed-created', updatedAt: at }
    : { ...unscheduled(item), state: 'queued', resolution: 'user-chose-retry', updatedAt: at };
}

/** After a crash, an item left `sending`: finished if its result reached history, else unknown. Never re-sent. */
export function resume(item: OutboxItem, recordedInHistory: boolean, at: Stamp): OutboxItem {
  if (item.state !== 'sending') return item;
  if (recordedInHistory) return { ...fresh(item), state: 'created', updatedAt: at };
  const lost = AppFailure.of('ambiguous', 'PayDesk stopped while this request was on its way; it may have reached the provider').error;
  return { ...fresh(item), state: 'unknown', lastError: lost, updatedAt: at };
}

/** A restored backup: whatever was waiting or on its way then may have gone out since → unknown. */
export function hold(item: OutboxItem, at: Stamp): OutboxItem {
  if (!IN_FLIGHT.includes(item.state)) return item;
  const lost = AppFailure.of('ambiguous', 'Restored from a backup while waiting to be sent; it may have reached the provider after the backup was made').error;
  return { ...unscheduled(item), state: 'unknown', lastError: lost, updatedAt: at };
}
