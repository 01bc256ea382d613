import { create } from 'zustand';
import type { LinkRecord } from '@shared/domain/link-record';
import type { CustomerDisplayView } from '@shared/print/customer-display';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { useSettingsStore } from '../settings';

export type PrintableRecord = LinkRecord & { url: string };

type Preview =
  | { state: 'loading'; reference: string }
  | { state: 'ready'; reference: string; record: PrintableRecord }
  | { state: 'failed'; reference: string; error?: AppError; noUrl?: boolean };

/** Where the customer display is: in this window (full screen) or on the second screen. */
export interface CustomerDisplay {
  view: CustomerDisplayView;
  placement: 'full-screen' | 'second-screen';
}

interface PrintState {
  preview: Preview | undefined;
  display: CustomerDisplay | undefined;
  /** References of mounted print buttons (newest last): what Ctrl+P prints outside the preview. */
  targets: string[];
  openPreview(reference: string): Promise<void>;
  closePreview(): void;
  openDisplay(reference: string): Promise<void>;
  closeDisplay(): void;
}

async function loadPrintable(reference: string): Promise<{ record?: PrintableRecord; error?: AppError; noUrl?: boolean }> {
  const result = await invoke('history:get', { reference });
  if (!result.ok) return { error: result.error };
  if (!result.value.url) return { noUrl: true };
  return { record: result.value as PrintableRecord };
}

export const usePrintStore = create<PrintState>()((set, get) => ({
  preview: undefined,
  display: undefined,
  targets: [],
  async openPreview(reference) {
    set({ preview: { state: 'loading', reference } });
    const { record, error, noUrl } = await loadPrintable(reference);
    // The user may have closed the preview, or opened another, while the record loaded.
    if (get().preview?.reference !== reference) return;
    set({ preview: record ? { state: 'ready', reference, record } : { state: 'failed', reference, error, noUrl } });
  },
  closePreview() {
    set({ preview: undefined });
  },
  async openDisplay(reference) {
    const preview = get().preview;
    const record =
      preview?.state === 'ready' && preview.reference === reference ? preview.record : (await loadPrintable(reference)).record;
    if (!record) return;
    const { shopName, language } = useSettingsStore.getState().settings;
    const view: CustomerDisplayView = { shopName, language, amount: record.amount, description: record.description, url: record.url };
    const result = await invoke('display:open', { reference });
    // Without a second screen (or outside the desktop app) the display is drawn in this window.
    set({ display: { view, placement: result.ok ? result.value.placement : 'full-screen' } });
  },
  closeDisplay() {
    set({ display: undefined });
    void invoke('display:close');
  },
}));

/** Opens the slip preview for a link in history (the result view and the history panel call this). */
export function openPrintPreview(reference: string): void {
  void usePrintStore.getState().openPreview(reference);
}

/** Shows a link's QR code to the customer: on the second screen if there is one, else full screen. */
export function openCustomerDisplay(reference: string): void {
  void usePrintStore.getState().openDisplay(reference);
}

export function addPrintTarget(reference: string): () => void {
  usePrintStore.setState((s) => ({ targets: [...s.targets, reference] }));
  return () =>
    usePrintStore.setState((s) => {
      const index = s.targets.lastIndexOf(reference);
      return { targets: index < 0 ? s.targets : [...s.targets.slice(0, index), ...s.targets.slice(index + 1)] };
    });
}
