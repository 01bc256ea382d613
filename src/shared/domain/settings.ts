import { z } from 'zod';
import { currencySchema, MAX_MINOR } from './money';
import { languageSchema } from './language';
import { linkTypeSchema } from './link';
import { receiptPrinterSchema } from './receipt-printer';
import { reminderRulesSchema } from './reminder';

export { languages, languageSchema, type Language } from './language';

export const expiryPresets = ['1h', 'today', '1d', '3d', '1w', 'custom', 'provider-default'] as const;
export const expiryPresetSchema = z.enum(expiryPresets);
export type ExpiryPreset = z.infer<typeof expiryPresetSchema>;

/** The options of the last link made, offered again on the next one. */
export const lastLinkOptionsSchema = z.object({
  linkType: linkTypeSchema.optional(),
  currency: currencySchema.optional(),
  maxInstallments: z.number().int().min(1).max(12).optional(),
  expiryPreset: expiryPresetSchema.optional(),
});
export type LastLinkOptions = z.infer<typeof lastLinkOptionsSchema>;

export const paperSizes = ['58mm', '80mm', 'a4'] as const;
export const paperSizeSchema = z.enum(paperSizes);
export type PaperSize = z.infer<typeof paperSizeSchema>;

export const printSettingsSchema = z.object({
  paper: paperSizeSchema,
  /** The system printer's name; absent = ask every time. */
  printerName: z.string().max(200).optional(),
  /** Print without the system dialog (only once a printer is chosen). */
  silent: z.boolean(),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;

/** A small PNG or JPEG logo for slips, as a data URL (≤ 256 kB). */
export const logoDataUrlSchema = z
  .string()
  .max(350_000)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/);

/** The shop's upper amount per link in minor units; above it the form asks for a confirmation in words. */
export const amountLimitSchema = z.number().int().positive().max(MAX_MINOR);

/** User-facing preferences (the renderer may read and change these). */
export const settingsSchema = z.object({
  language: languageSchema,
  shopName: z.string().trim().max(80),
  lastAccountId: z.string().max(64).optional(),
  lastLinkOptions: lastLinkOptionsSchema.optional(),
  print: printSettingsSchema.optional(),
  shopLogo: logoDataUrlSchema.optional(),
  /** Direct ESC/POS printing; absent = the system print path only (an optional key: no schema version change). */
  receiptPrinter: receiptPrinterSchema.optional(),
  /** Absent = DEFAULT_AMOUNT_LIMIT_MINOR (src/shared/rules/amount-rules.ts). */
  amountLimitMinor: amountLimitSchema.optional(),
  /** Default reminders for unpaid links; absent or empty = off (provider SMS costs the shop money). */
  reminders: reminderRulesSchema.optional(),
  /** A short chime with the "payment received" alert; files from before it read as on. */
  paidSound: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'tr', shopName: '', paidSound: true };

export const settingsPatchSchema = z.strictObject({
  language: languageSchema.optional(),
  shopName: z.string().trim().max(80).optional(),
  lastAccountId: z.string().max(64).optional(),
  lastLinkOptions: lastLinkOptionsSchema.optional(),
  print: printSettingsSchema.optional(),
  /** `null` removes the logo. */
  shopLogo: logoDataUrlSchema.nullable().optional(),
  receiptPrinter: receiptPrinterSchema.optional(),
  amountLimitMinor: amountLimitSchema.optional(),
  reminders: reminderRulesSchema.optional(),
  paidSound: z.boolean().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
