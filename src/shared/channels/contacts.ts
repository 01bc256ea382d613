import { z } from 'zod';
import { contactIdSchema, contactPatchSchema, contactSchema } from '../domain/contact';
import { done, type ChannelSpec } from './common';

export const contactChannels = {
  /** Autocomplete and the Settings list: name, phone or e-mail contains the text (Turkish folding). */
  'contacts:list': {
    input: z.strictObject({ text: z.string().max(100).optional(), limit: z.number().int().min(1).max(1000) }),
    output: z.array(contactSchema),
  },
  'contacts:update': { input: z.strictObject({ id: contactIdSchema, patch: contactPatchSchema }), output: contactSchema },
  'contacts:remove': { input: z.strictObject({ id: contactIdSchema }), output: done },
} as const satisfies Record<string, ChannelSpec>;
