import type { Contact } from '@shared/domain/contact';
import { foldTurkish } from '@shared/domain/turkish-text';

/**
 * Search over the contact book: the history's Turkish case folding for names and e-mails
 * (`İ` → `i`, `I` → `ı`: `AYŞE` finds `Ayşe`, `IŞIK` finds `Işık`), digits for phones typed either way
 * (`0532 123`, `532123`, `+90532…` all find +905321234567).
 */
export interface ContactQuery {
  folded: string;
  /** Set when the text looks like (part of) a phone number. */
  digits?: string;
}

export function searchQuery(text: string | undefined): ContactQuery | null {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return null;
  const digits = trimmed.replace(/\D/g, '');
  const phoneLike = /^[+\d\s().\-/]+$/.test(trimmed) && digits.length >= 2;
  return { folded: foldTurkish(trimmed), ...(phoneLike ? { digits } : {}) };
}

/** E.164 digits and, for Turkish numbers, the national form with its leading 0. */
function phoneForms(e164: string): string[] {
  const digits = e164.slice(1);
  return digits.startsWith('90') ? [digits, `0${digits.slice(2)}`] : [digits];
}

export function contactMatches(contact: Contact, query: ContactQuery): boolean {
  if (query.digits && contact.phone && phoneForms(contact.phone).some((form) => form.includes(query.digits!))) return true;
  if (contact.name && foldTurkish(contact.name).includes(query.folded)) return true;
  if (contact.email && foldTurkish(contact.email).includes(query.folded)) return true;
  return !!contact.oduyoCustomerId && contact.oduyoCustomerId === query.digits;
}
