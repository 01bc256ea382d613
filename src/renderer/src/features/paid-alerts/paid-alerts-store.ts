import { create } from 'zustand';
import type { PaidAlert } from '@shared/domain/paid-alert';
import { invoke } from '../../lib/ipc';
import { useSettingsStore } from '../settings';
import { withAlert, withoutAlert } from './paid-alert-list';
import { chimeOncePerBatch, playChimeFile } from './paid-chime';

interface PaidAlertsState {
  /** Newest first. */
  alerts: PaidAlert[];
  /** `links:paid` from main: a new card on top, and the chime when the owner wants it. */
  receive(alert: PaidAlert): void;
  /** The owner saw this payment (closed its card, or opened the link): card gone, history row no longer highlighted. */
  seen(reference: string): void;
}

const chime = chimeOncePerBatch(playChimeFile);

export const usePaidAlertsStore = create<PaidAlertsState>()((set) => ({
  alerts: [],
  receive(alert) {
    set((s) => ({ alerts: withAlert(s.alerts, alert) }));
    if (useSettingsStore.getState().settings.paidSound) chime();
  },
  seen(reference) {
    set((s) => ({ alerts: withoutAlert(s.alerts, reference) }));
    // A failure leaves only the row highlighted; the next open of the link tries again.
    void invoke('links:mark-seen', { reference });
  },
}));
