import { create } from 'zustand';
import { printsDirectly } from '@shared/domain/receipt-printer';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { useSettingsStore } from '../settings';

/** The last slip sent straight to the receipt printer (Settings → Printer), while it matters on screen. */
export type ReceiptJob =
  | { state: 'printing'; reference: string }
  | { state: 'printed'; reference: string; printer: string }
  | { state: 'failed'; reference: string; error: AppError };

interface ReceiptPrintState {
  job: ReceiptJob | undefined;
  print(reference: string): Promise<void>;
  dismiss(): void;
}

/** How long "Slip printed" stays on screen; a failure stays until dismissed or printed again. */
const PRINTED_NOTICE_MS = 6000;
let dismissTimer: ReturnType<typeof setTimeout> | undefined;

export const useReceiptPrintStore = create<ReceiptPrintState>()((set, get) => ({
  job: undefined,
  async print(reference) {
    // One press, one slip: a key held down or pressed twice while printing adds nothing.
    if (get().job?.state === 'printing') return;
    clearTimeout(dismissTimer);
    set({ job: { state: 'printing', reference } });
    const result = await invoke('receipt:print', { reference });
    set({ job: result.ok ? { state: 'printed', reference, printer: result.value.printer } : { state: 'failed', reference, error: result.error } });
    if (result.ok) dismissTimer = setTimeout(() => get().job?.state === 'printed' && set({ job: undefined }), PRINTED_NOTICE_MS);
  },
  dismiss() {
    clearTimeout(dismissTimer);
    set({ job: undefined });
  },
}));

/** True when Settings → Printer sends slips straight to a network or serial receipt printer. */
export function useDirectPrinting(): boolean {
  return useSettingsStore((s) => printsDirectly(s.settings.receiptPrinter));
}

export function directPrintingConfigured(): boolean {
  return printsDirectly(useSettingsStore.getState().settings.receiptPrinter);
}
