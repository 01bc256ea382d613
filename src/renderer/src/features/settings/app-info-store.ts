import { create } from 'zustand';
import type { ChannelOutput } from '@shared/contract';
import { invoke } from '../../lib/ipc';

type AppInfo = ChannelOutput<'app:info'>;

interface AppInfoState {
  info: AppInfo | undefined;
  load(): Promise<void>;
}

/** Version, data folder and keychain availability, shown in Settings and as a warning banner. */
export const useAppInfoStore = create<AppInfoState>()((set) => ({
  info: undefined,
  async load() {
    const result = await invoke('app:info');
    if (result.ok) set({ info: result.value });
  },
}));
