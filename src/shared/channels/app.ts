import { z } from 'zod';
import { noticeSchema } from '../domain/notice';
import { done, noInput, type ChannelSpec } from './common';

export const appChannels = {
  'app:info': {
    input: noInput,
    output: z.object({
      version: z.string(),
      platform: z.string(),
      dataDir: z.string(),
      keychain: z.enum(['available', 'unavailable']),
    }),
  },
  'app:notices': { input: noInput, output: z.array(noticeSchema) },
  'app:dismiss-notice': { input: z.strictObject({ id: z.string().max(100) }), output: done },
  /** A plain-text report for support: versions, providers, store sizes, recent log lines; redacted, no ids or secrets. */
  'app:diagnostics': { input: noInput, output: z.object({ text: z.string().max(2_000_000) }) },
  /** Opens a URL in the user's browser or mail client, only if main's allow-list accepts it. */
  'app:open-external': { input: z.strictObject({ url: z.string().max(4000) }), output: done },
} as const satisfies Record<string, ChannelSpec>;
