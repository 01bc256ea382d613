import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { noInput, type ChannelSpec } from './common';

export const settingsChannels = {
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsSchema },
} as const satisfies Record<string, ChannelSpec>;
