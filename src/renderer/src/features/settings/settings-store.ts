import { create } from 'zustand';
import { defaultSettings, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { AppError, Result } from '@shared/result';
import { invoke } from '../../lib/ipc';

interface SettingsState {
  settings: Settings;
  /** False until the first answer from main, so the UI can wait before showing a language flash. */
  loaded: boolean;
  loadError: AppError | undefined;
  load(): Promise<void>;
  update(patch: SettingsPatch): Promise<Result<Settings>>;
  /** Applies a `settings:changed` event. */
  receive(settings: Settings): void;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: defaultSettings,
  loaded: false,
  loadError: undefined,
  async load() {
    const result = await invoke('settings:get');
    if (result.ok) set({ settings: result.value, loaded: true, loadError: undefined });
    else set({ loaded: true, loadError: result.error });
  },
  async update(patch) {
    const result = await invoke('settings:update', patch);
    if (result.ok) set({ settings: result.value });
    return result;
  },
  receive(settings) {
    set({ settings });
  },
}));
