import { z } from 'zod';

export const languages = ['tr', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** User-facing preferences (the renderer may read and change these). */
export const settingsSchema = z.object({
  language: languageSchema,
  shopName: z.string().trim().max(80),
  lastAccountId: z.string().max(64).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'tr', shopName: '' };

export const settingsPatchSchema = z.strictObject({
  language: languageSchema.optional(),
  shopName: z.string().trim().max(80).optional(),
  lastAccountId: z.string().max(64).optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
