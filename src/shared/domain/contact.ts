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
  /** When this copy last changed (used or edited); the newer copy wins when counters of a shop disagree. */
  changedAt: z.string().datetime({ offset: true }).optional(),
  /** Another counter's different copy of this customer, kept and shown rather than lost. */
  otherCopy: z
    .object({
      name: customerSchema.shape.name,
      phone: customerSchema.shape.phone,
      email: customerSchema.shape.email,
      oduyoCustomerId: customerSchema.shape.oduyoCustomerId,
      changedAt: z.string().datetime({ offset: true }),
    })
    .optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** One customer across the shop's counters (ids are per computer): the phone, else the e-mail, else the Ödüyo id. */
export function contactKey(contact: Pick<Contact, 'phone' | 'email' | 'oduyoCustomerId'>): string | undefined {
  if (contact.phone) return contact.phone;
  if (contact.email) return `mail:${contact.email.toLowerCase()}`;
  return contact.oduyoCustomerId ? `oduyo:${contact.oduyoCustomerId}` : undefined;
}

export const contactPatchSchema = z.strictObject({
  name: customerSchema.shape.name,
  phone: customerSchema.shape.phone,
  email: customerSchema.shape.email,
  oduyoCustomerId: customerSchema.shape.oduyoCustomerId,
});
export type ContactPatch = z.infer<typeof contactPatchSchema>;
