import { z } from 'zod';

/** Channels without input accept nothing at all (not even `{}`), so fuzzed input is rejected. */
export const noInput = z.undefined();
export const done = z.object({ done: z.literal(true) });

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}
