import { z } from 'zod';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { Clock } from '../clock';
import type { NoticeBoard } from './notice-board';
import { VersionedDocument, type DocumentSpec } from './versioned-document';

/** Where and how big the window was, restored on the next start (main-only, never sent to the renderer). */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10_000),
  height: z.number().int().min(300).max(10_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const settingsFileSchema = z.object({
  settings: settingsSchema,
  window: windowStateSchema.optional(),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

export const settingsFileSpec: DocumentSpec<SettingsFile> = {
  store: 'settings',
  fileName: 'settings.json',
  version: 1,
  schema: settingsFileSchema,
  defaults: () => ({ settings: { ...defaultSettings } }),
  migrations: {},
};

export class SettingsStore {
  private constructor(private readonly doc: VersionedDocument<SettingsFile>) {}

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock): Promise<SettingsStore> {
    return new SettingsStore(await VersionedDocument.open(dataDir, settingsFileSpec, notices, clock));
  }

  get(): Settings {
    return this.doc.value.settings;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = await this.doc.update((file) => {
      const settings: Record<string, unknown> = { ...file.settings, ...defined };
      // `null` in a patch removes an optional setting (e.g. the shop logo).
      for (const [key, value] of Object.entries(settings)) if (value === null) delete settings[key];
      return { ...file, settings: settings as Settings };
    });
    return next.settings;
  }

  windowState(): WindowState | undefined {
    return this.doc.value.window;
  }

  async saveWindowState(state: WindowState): Promise<void> {
    await this.doc.update((file) => ({ ...file, window: state }));
  }
}
