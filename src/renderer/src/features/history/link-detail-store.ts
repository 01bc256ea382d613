import { create } from 'zustand';
import type { LinkStatus } from '@shared/domain/link';
import type { LinkRecord } from '@shared/domain/link-record';
import type { AppError, Result } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { usePaidAlertsStore } from '../paid-alerts';

export type DetailAction = 'copy' | 'qr' | 'check' | 'cancel' | 'mark-paid' | 'send' | 'clone';

/** What the last action did, shown under the actions (and announced). */
export type DetailOutcome =
  | { tone: 'ok'; key: 'detail.copied' | 'detail.cancelled' | 'detail.markedPaid' | 'resend.sent' | 'resend.opened' | 'resend.queued' }
  | { tone: 'ok'; key: 'detail.checked'; status: LinkStatus }
  | { tone: 'error'; action: DetailAction; error?: AppError };

interface LinkDetailState {
  reference: string | null;
  record: LinkRecord | undefined;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: AppError | undefined;
  busy: DetailAction | undefined;
  outcome: DetailOutcome | undefined;
  qrShown: boolean;
  open(reference: string): void;
  close(): void;
  load(): Promise<void>;
  /** `history:changed`: re-read the open link when it is among the changed ones. */
  changed(references: readonly string[]): void;
  /** Runs an action that answers with the updated record; an error becomes the outcome. */
  run(action: DetailAction, call: () => Promise<Result<LinkRecord>>, done: (record: LinkRecord) => DetailOutcome): Promise<boolean>;
  /** Marks an action as running (for actions that do not answer with a record). */
  begin(action: DetailAction): void;
  setOutcome(outcome: DetailOutcome | undefined): void;
  setQrShown(shown: boolean): void;
  /** Records a renderer-side event (copied, QR shown) on the timeline; false (with the outcome) when that failed. */
  note(event: 'copied' | 'qr-shown', action: DetailAction): Promise<boolean>;
  /** Puts a record the caller already has (e.g. from links:send) in place. */
  receive(record: LinkRecord): void;
}

export const useLinkDetailStore = create<LinkDetailState>()((set, get) => ({
  reference: null,
  record: undefined,
  status: 'idle',
  error: undefined,
  busy: undefined,
  outcome: undefined,
  qrShown: false,

  open(reference) {
    if (get().reference === reference) return;
    set({ reference, record: undefined, status: 'loading', error: undefined, busy: undefined, outcome: undefined, qrShown: false });
    void get()
      .load()
      .then(() => {
        // Opening a payment the owner had not seen yet is seeing it (a later live reload while open is not).
        const record = get().record;
        if (record?.reference === reference && record.paidUnseen) usePaidAlertsStore.getState().seen(reference);
      });
  },

  close() {
    set({ reference: null, record: undefined, status: 'idle', error: undefined, busy: undefined, outcome: undefined, qrShown: false });
  },

  async load() {
    const reference = get().reference;
    if (!reference) return;
    const result = await invoke('history:get', { reference });
    if (get().reference !== reference) return; // another link was opened meanwhile
    if (result.ok) set({ record: result.value, status: 'ready', error: undefined });
    else set({ status: 'error', error: result.error });
  },

  changed(references) {
    const reference = get().reference;
    if (reference && references.includes(reference)) void get().load();
  },

  async run(action, call, done) {
    const reference = get().reference;
    set({ busy: action, outcome: undefined });
    const result = await call();
    if (get().reference !== reference) return false;
    if (result.ok) {
      set({ busy: undefined, record: result.value, outcome: done(result.value) });
      return true;
    }
    set({ busy: undefined, outcome: { tone: 'error', action, error: result.error } });
    return false;
  },

  begin(action) {
    set({ busy: action, outcome: undefined });
  },

  setOutcome(outcome) {
    set({ outcome, busy: undefined });
  },

  setQrShown(qrShown) {
    set({ qrShown });
  },

  async note(event, action) {
    const reference = get().reference;
    if (!reference) return false;
    const result = await invoke('links:note', { reference, event });
    if (get().reference !== reference) return false;
    if (result.ok) set({ record: result.value });
    else set({ busy: undefined, outcome: { tone: 'error', action, error: result.error } });
    return result.ok;
  },

  receive(record) {
    if (record.reference === get().reference) set({ record });
  },
}));
