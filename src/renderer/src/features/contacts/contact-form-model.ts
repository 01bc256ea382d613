import { contactPatchSchema, type Contact, type ContactPatch } from '@shared/domain/contact';
import { formatPhone, normalisePhone } from '@shared/domain/phone';

/** The Settings edit form of one saved customer, as typed. */
export interface ContactFormValues {
  name: string;
  phone: string;
  email: string;
  oduyoCustomerId: string;
}

export type ContactProblemKey = 'contacts.badPhone' | 'contacts.badEmail' | 'contacts.badOduyoId' | 'contacts.nameTooLong' | 'contacts.needOne';
export type ContactProblems = Partial<Record<keyof ContactFormValues | 'form', ContactProblemKey>>;

export function valuesOfContact(contact: Contact): ContactFormValues {
  return {
    name: contact.name ?? '',
    phone: contact.phone ? formatPhone(contact.phone) : '',
    email: contact.email ?? '',
    oduyoCustomerId: contact.oduyoCustomerId ?? '',
  };
}

/**
 * The patch main takes (every field; a blank one is cleared), with the phone normalised to E.164.
 * A customer keeps at least one way to be reached (phone, e-mail or Ödüyo account), as main insists.
 */
export function contactPatchFrom(values: ContactFormValues): { ok: true; patch: ContactPatch } | { ok: false; problems: ContactProblems } {
  const problems: ContactProblems = {};
  const patch: ContactPatch = {};
  const name = values.name.trim();
  if ([...name].length > 200) problems.name = 'contacts.nameTooLong';
  else if (name) patch.name = name;
  const phone = normalisePhone(values.phone);
  if (phone.ok) patch.phone = phone.e164;
  else if (phone.reason === 'invalid') problems.phone = 'contacts.badPhone';
  const email = values.email.trim();
  if (email) {
    if (contactPatchSchema.shape.email.safeParse(email).success) patch.email = email;
    else problems.email = 'contacts.badEmail';
  }
  const oduyo = values.oduyoCustomerId.trim();
  if (oduyo) {
    if (/^\d{1,20}$/.test(oduyo)) patch.oduyoCustomerId = oduyo;
    else problems.oduyoCustomerId = 'contacts.badOduyoId';
  }
  if (Object.keys(problems).length === 0 && !patch.phone && !patch.email && !patch.oduyoCustomerId) problems.form = 'contacts.needOne';
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, patch };
}
