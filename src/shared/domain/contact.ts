import { z } from 'zod';
import { customerSchema } from './link';
import { sendChannelSchema } from './link-record';

export const contactIdSchema = z.string().regex(/^ct_[a-z0-9]{8,32}$/);

/** One customer in the shop's local book, filled as links are created. */
export const contactSchema = z.object({
  id: contactIdSchema,
  name: customerSchema.shape.name,
  /** E.164. */
  phone: customerSchema.shape.phone,
  email: customerSchema.shape.email,
  oduyoCustomerId: customerSchema.shape.oduyoCustomerId,
  lastChannel: sendChannelSchema.optional(),
  lastUsedAt: z.string().datetime({ offset: true }),
  useCount: z.number().int().nonnegative(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactPatchSchema = z.strictObject({
  name: customerSchema.shape.name,
  phone: customerSchema.shape.phone,
  email: customerSchema.shape.email,
  oduyoCustomerId: customerSchema.shape.oduyoCustomerId,
});
export type ContactPatch = z.infer<typeof contactPatchSchema>;
