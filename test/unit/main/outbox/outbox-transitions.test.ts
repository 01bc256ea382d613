import { describe, expect, it } from 'vitest';
import { cancel, claim, edit, hold, reconcile, resolve, resume, ripen, settle, settledOutboxStates, unclaim } from '../../../../src/main/outbox/outbox-transitions';
import { editableOutboxStates, outboxStates, pendingOutboxStates, type OutboxItem, type OutboxState } from '../../../../src/shared/domain/outbox-item';
import { AppFailure } from '../../../../src/shared/result';
import { outboxItemFor } from '../../../integration/store/outbox-item-fixture';

const at = '2026-12-03T10:00:00.000Z';
const lost = AppFailure.of('ambiguous', 'lost').error;
const { job } = outboxItemFor(1);
const request = job.kind === 'create-link' ? job.request : (undefined as never);
const itemIn = (state: OutboxState): OutboxItem => ({ ...outboxItemFor(1), state, attempts: 2, lastError: lost, nextAttemptAt: '2026-12-03T09:00:00.000Z' });
const refused = (move: () => OutboxItem) => {
  try {
    move();
    return false;
  } catch (error) {
    return error instanceof AppFailure && error.error.code === 'conflict';
  }
};

/** Every move from every state: what it allows, what it refuses, and what the item looks like after. */
describe('outbox transitions', () => {
  const moves: Array<[string, (item: OutboxItem) => OutboxItem, readonly OutboxState[], OutboxState | ((from: OutboxState) => OutboxState)]> = [
    ['claim', (i) => claim(i, editableOutboxStates, at), editableOutboxStates, 'sending'],
    // An edited draft stays a draft (it waits for the owner); anything else goes out again by itself.
    ['edit', (i) => edit(i, request, at), editableOutboxStates, (from) => (from === 'draft' ? 'draft' : 'queued')],
    ['cancel', (i) => cancel(i, at), editableOutboxStates, 'cancelled'],
    ['reconcile (found)', (i) => reconcile(i, true, at), ['unknown'], 'created'],
    ['reconcile (absent)', (i) => reconcile(i, false, at), ['unknown'], 'queued'],
    ['resolve (was created)', (i) => resolve(i, 'was-created', at), ['unknown'], 'created'],
    ['resolve (create again)', (i) => resolve(i, 'create-again', at), ['unknown'], 'queued'],
  ];

  for (const [name, move, allowed, to] of moves) {
    it.each(outboxStates.map((s) => [s]))(`${name} from %s`, (from) => {
      const item = itemIn(from);
      if (!allowed.includes(from)) {
        expect(refused(() => move(item))).toBe(true);
        return;
      }
      const next = move(item);
      expect(next.state).toBe(typeof to === 'function' ? to(from) : to);
      expect(next.updatedAt).toBe(at);
      expect(next).not.toHaveProperty('nextAttemptAt');
    });
  }

  it('draft, pending and settled states split every state once (a draft is never pending)', () => {
    const groups = [['draft'], pendingOutboxStates, settledOutboxStates];
    expect(groups.flat().sort()).toEqual([...outboxStates].sort());
    expect(pendingOutboxStates).not.toContain('draft');
  });

  it.each(outboxStates.map((s) => [s]))('ripen from %s: only a queued reminder becomes due (a link request never does)', (from) => {
    const reminder: OutboxItem = { ...itemIn(from), id: `${itemIn(from).id}-remind-1`, job: { kind: 'remind', reference: itemIn(from).id, channel: 'whatsapp', to: '+905551234567', trigger: 'after-send' } };
    if (from !== 'queued') {
      expect(refused(() => ripen(reminder, at))).toBe(true);
      return;
    }
    expect(ripen(reminder, at)).toMatchObject({ state: 'due', updatedAt: at });
    expect(ripen(reminder, at)).not.toHaveProperty('nextAttemptAt');
    expect(refused(() => ripen(itemIn('queued'), at))).toBe(true);
  });

  it('claim counts an attempt; unclaim gives it back, to queued or to a wait', () => {
    const sending = claim(itemIn('queued'), ['queued'], at);
    expect(sending).toMatchObject({ state: 'sending', attempts: 3 });
    expect(unclaim(sending, at)).toMatchObject({ state: 'queued', attempts: 2 });
    expect(unclaim(sending, at, Date.parse('2026-12-03T10:05:00Z'))).toMatchObject({ state: 'retry-wait', nextAttemptAt: '2026-12-03T10:05:00.000Z' });
    expect(unclaim(itemIn('created'), at).state).toBe('created'); // settled meanwhile: unchanged
  });

  it('settle starts clean: only the new error and wait', () => {
    const sending = itemIn('sending');
    expect(settle(sending, { state: 'created' }, at)).not.toHaveProperty('lastError');
    const waiting = settle(sending, { state: 'retry-wait', error: lost, nextAttemptAt: at }, at);
    expect(waiting).toMatchObject({ state: 'retry-wait', lastError: lost, nextAttemptAt: at });
  });

  it('edit and the found look-up drop the old error; cancel, resolve and an absent look-up keep it as the explanation', () => {
    expect(edit(itemIn('failed'), request, at)).not.toHaveProperty('lastError');
    expect(reconcile(itemIn('unknown'), true, at)).not.toHaveProperty('lastError');
    expect(reconcile(itemIn('unknown'), false, at)).toMatchObject({ lastError: lost, resolution: 'reconciled' });
    expect(resolve(itemIn('unknown'), 'create-again', at)).toMatchObject({ resolution: 'user-chose-retry' });
  });

  it.each(outboxStates.map((s) => [s]))('resume after a crash from %s: only sending moves, never back to queued', (from) => {
    const recorded = resume(itemIn(from), true, at);
    const notRecorded = resume(itemIn(from), false, at);
    if (from !== 'sending') {
      expect(recorded).toEqual(itemIn(from));
      expect(notRecorded).toEqual(itemIn(from));
      return;
    }
    expect(recorded.state).toBe('created');
    expect(notRecorded).toMatchObject({ state: 'unknown', lastError: { code: 'ambiguous' } });
  });

  it.each(outboxStates.map((s) => [s]))('a restored backup holds %s', (from) => {
    const held = hold(itemIn(from), at);
    expect(held.state).toBe(['queued', 'sending', 'retry-wait'].includes(from) ? 'unknown' : from);
  });
});
