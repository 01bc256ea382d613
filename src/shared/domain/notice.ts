import { z } from 'zod';

/** Why a data file could not be written (from the OS error: ENOSPC, EROFS, EACCES / EPERM). */
export const storageProblemSchema = z.enum(['disk-full', 'read-only', 'no-permission']);
export type StorageProblem = z.infer<typeof storageProblemSchema>;

/** What a failed write means for the link being made: before the provider was asked, or after it answered. */
export const writeOutcomeSchema = z.enum(['nothing-sent', 'may-have-been-created']);
export type WriteOutcome = z.infer<typeof writeOutcomeSchema>;

/** Something the user must be told once, in plain words (e.g. a damaged file was set aside). */
export const noticeSchema = z.object({
  id: z.string(),
  /**
   * `store-part-recovered`: one part of a store (a history segment) was set aside; the rest is there.
   * `store-items-set-aside`: single invalid entries of a file were set aside (named in `items`).
   * `store-write-failed`: a file could not be written (`problem`, `outcome`).
   */
  kind: z.enum([
    'store-recovered',
    'store-part-recovered',
    'store-newer-version',
    'store-unreadable',
    'store-items-set-aside',
    'store-write-failed',
  ]),
  /** Which store: `settings`, `accounts`, … (the UI names it). */
  store: z.string(),
  /** Where the damaged file was moved, so support can look at it (empty when it could not be moved). */
  backupPath: z.string(),
  at: z.string().datetime(),
  /** The entries set aside, as the user knows them (a link reference, an account's label …). */
  items: z.array(z.string().max(200)).max(50).optional(),
  problem: storageProblemSchema.optional(),
  outcome: writeOutcomeSchema.optional(),
});
export type Notice = z.infer<typeof noticeSchema>;
