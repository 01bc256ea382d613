import { create } from 'zustand';
import type { OutboxItem, OutboxSummary } from '@shared/domain/outbox-item';
import type { AppError, Result } from '@shared/result';
import { isOwnerChannel } from '@shared/domain/reminder';
import { invoke } from '../../lib/ipc';

export type OutboxAction = 'send-now' | 'cancel' | 'was-created' | 'create-again' | 'clear';

/** What the last action on an item did (shown on its card). */
export type ItemOutcome =
  | {
      tone: 'ok';
      key:
        | 'outbox.done.sendNow'
        | 'outbox.done.cancel'
        | 'outbox.done.wasCreated'
        | 'outbox.done.createAgain'
        | 'drafts.done.sent'
        | 'drafts.done.deleted'
        | 'reminders.done.opened';
    }
  | { tone: 'error'; error: AppError }
  | { tone: 'problem'; key: 'outbox.editUnavailable' };

interface OutboxState {
  items: OutboxItem[];
  summary: OutboxSummary | undefined;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: AppError | undefined;
  /** Most items seen waiting since the worker started draining (for the progress bar). */
  drainBaseline: number;
  busy: Record<string, OutboxAction>;
  outcomes: Record<string, ItemOutcome>;
  /** Set while the Outbox screen is on show: live changes then re-read the list. */
  watching: boolean;
  load(): Promise<void>;
  /** `outbox:changed`. */
  receive(summary: OutboxSummary): void;
  setWatching(watching: boolean): void;
  sendNow(id: string): Promise<void>;
  cancel(id: string): Promise<void>;
  resolve(id: string, decision: 'was-created' | 'create-again'): Promise<void>;
  clearSettled(): Promise<Result<unknown>>;
  setOutcome(id: string, outcome: ItemOutcome): void;
}

let reloadTimer: ReturnType<typeof setTimeout> | undefined;

export const useOutboxStore = create<OutboxState>()((set, get) => {
  function withSummary(summary: OutboxSummary): Partial<OutboxState> {
    const drainBaseline = summary.draining ? Math.max(get().drainBaseline, summary.pending) : 0;
    return { summary, drainBaseline };
  }

  /** Runs an item action; the answer is the item's new state, replaced in the list. */
  async function act(id: string, action: OutboxAction, call: () => Promise<Result<OutboxItem>>, done: ItemOutcome): Promise<void> {
    set((s) => ({ busy: { ...s.busy, [id]: action }, outcomes: without(s.outcomes, id) }));
    const result = await call();
    set((s) => ({
      busy: without(s.busy, id),
      outcomes: { ...s.outcomes, [id]: result.ok ? done : { tone: 'error', error: result.error } },
      items: result.ok ? s.items.map((item) => (item.id === id ? result.value : item)) : s.items,
    }));
  }

  function isDraft(id: string): boolean {
    return get().items.some((item) => item.id === id && item.state === 'draft');
  }

  /** A reminder the owner sends from WhatsApp or the mail app: "send" opens it there. */
  function byHand(id: string): boolean {
    return get().items.some((item) => item.id === id && item.job.kind === 'remind' && isOwnerChannel(item.job.channel));
  }

  return {
    items: [],
    summary: undefined,
    status: 'idle',
    error: undefined,
    drainBaseline: 0,
    busy: {},
    outcomes: {},
    watching: false,

    async load() {
      if (get().status === 'idle') set({ status: 'loading' });
      const result = await invoke('outbox:list');
      if (!result.ok) return set({ status: 'error', error: result.error });
      set({ items: result.value.items, status: 'ready', error: undefined, ...withSummary(result.value.summary) });
    },

    receive(summary) {
      set(withSummary(summary));
      if (!get().watching || reloadTimer) return;
      // A draining worker reports every step; one re-read per burst is enough.
      reloadTimer = setTimeout(() => {
        reloadTimer = undefined;
        void get().load();
      }, 150);
    },

    setWatching(watching) {
      set({ watching });
      if (watching) void get().load();
    },

    sendNow(id) {
      const key = isDraft(id) ? 'drafts.done.sent' : byHand(id) ? 'reminders.done.opened' : 'outbox.done.sendNow';
      return act(id, 'send-now', () => invoke('outbox:send-now', { id }), { tone: 'ok', key });
    },
    cancel(id) {
      const key = isDraft(id) ? 'drafts.done.deleted' : 'outbox.done.cancel';
      return act(id, 'cancel', () => invoke('outbox:cancel', { id }), { tone: 'ok', key });
    },
    resolve(id, decision) {
      const key = decision === 'was-created' ? 'outbox.done.wasCreated' : 'outbox.done.createAgain';
      return act(id, decision, () => invoke('outbox:resolve', { id, decision }), { tone: 'ok', key });
    },
    setOutcome(id, outcome) {
      set((s) => ({ outcomes: { ...s.outcomes, [id]: outcome } }));
    },
    async clearSettled() {
      const result = await invoke('outbox:clear-settled');
      if (result.ok) await get().load();
      return result;
    },
  };
});

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
