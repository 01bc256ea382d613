import { z } from 'zod';
import { noInput, type ChannelSpec } from './common';

/** Entries per store in a backup (`history`: links, `outbox`: items, `contacts`, `accounts`, `settings`). */
export const storeCountsSchema = z.record(z.string().max(40), z.number().int().nonnegative());

export const dataChannels = {
  /** Writes one JSON file of every store (never the secrets) where the user chooses. */
  'data:backup': {
    input: noInput,
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({ saved: z.literal(true), fileName: z.string().max(4000), counts: storeCountsSchema }),
    ]),
  },
  /**
   * Reads a backup the user picks, validates all of it, and replaces the data on the next start
   * (`restarting`: the app restarts by itself now). A refused file changes nothing.
   */
  'data:restore': {
    input: noInput,
    output: z.discriminatedUnion('restored', [
      z.object({ restored: z.literal(false) }),
      z.object({
        restored: z.literal(true),
        counts: storeCountsSchema,
        createdAt: z.string().datetime({ offset: true }),
        restarting: z.boolean(),
      }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;
