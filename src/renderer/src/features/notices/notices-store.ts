import { create } from 'zustand';
import type { Notice } from '@shared/domain/notice';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';

interface NoticesState {
  notices: Notice[];
  dismissError: AppError | undefined;
  load(): Promise<void>;
  dismiss(id: string): Promise<void>;
  receive(notices: Notice[]): void;
}

export const useNoticesStore = create<NoticesState>()((set) => ({
  notices: [],
  dismissError: undefined,
  async load() {
    const result = await invoke('app:notices');
    if (result.ok) set({ notices: result.value });
  },
  async dismiss(id) {
    const result = await invoke('app:dismiss-notice', { id });
    if (result.ok) set((s) => ({ notices: s.notices.filter((n) => n.id !== id), dismissError: undefined }));
    else set({ dismissError: result.error });
  },
  receive(notices) {
    set({ notices });
  },
}));
