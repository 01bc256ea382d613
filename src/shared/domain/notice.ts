import { z } from 'zod';

/** Something the user must be told once, in plain words (e.g. a damaged file was set aside). */
export const noticeSchema = z.object({
  id: z.string(),
  /** `store-part-recovered`: one part of a store (a history segment) was set aside; the rest is there. */
  kind: z.enum(['store-recovered', 'store-part-recovered', 'store-newer-version', 'store-unreadable']),
  /** Which store: `settings`, `accounts`, … (the UI names it). */
  store: z.string(),
  /** Where the damaged file was moved, so support can look at it (empty when it could not be moved). */
  backupPath: z.string(),
  at: z.string().datetime(),
});
export type Notice = z.infer<typeof noticeSchema>;
