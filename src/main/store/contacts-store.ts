import { userText } from '@shared/i18n/user-text';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { contactKey, contactSchema, type Contact, type ContactPatch } from '@shared/domain/contact';
import type { Customer } from '@shared/domain/link';
import type { SendChannel } from '@shared/domain/link-record';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import { contactMatches, searchQuery } from './contacts-search';
import type { NoticeBoard } from './notice-board';
import { VersionedDocument, type DocumentSpec } from './versioned-document';

/** The book keeps the most recently used customers; the least recently used fall off past this. */
export const MAX_CONTACTS = 5000;

/** Kept most recently used first, so listing never sorts. */
const contactsFileSchema = z.object({ contacts: z.array(contactSchema).max(MAX_CONTACTS) });
type ContactsFile = z.infer<typeof contactsFileSchema>;

export const contactsFileSpec: DocumentSpec<ContactsFile> = {
  store: 'contacts',
  fileName: 'contacts.json',
  version: 1,
  schema: contactsFileSchema,
  defaults: () => ({ contacts: [] }),
  migrations: {},
  entries: { key: 'contacts', schema: contactSchema, nameFields: ['name', 'id'] },
};

const newContactId = () => `ct_${randomBytes(8).toString('hex')}`;
const sameEmail = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * The shop's local customer book (name, phone, e-mail, Ödüyo account id, last channel), filled as
 * links are created and shared. One contact per phone number; without a phone, per e-mail; without
 * either, per Ödüyo account id.
 */
export class ContactsStore {
  private readonly listeners = new Set<(keys: string[]) => void>();

  private constructor(
    private readonly doc: VersionedDocument<ContactsFile>,
    private readonly clock: Clock,
  ) {}

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock): Promise<ContactsStore> {
    return new ContactsStore(await VersionedDocument.open(dataDir, contactsFileSpec, notices, clock), clock);
  }

  get size(): number {
    return this.doc.value.contacts.length;
  }

  /** Upserts the customer of a link and marks it most recently used; no-op without a way to reach them. */
  async remember(customer: Customer, channel?: SendChannel): Promise<void> {
    if (!customer.phone && !customer.email && !customer.oduyoCustomerId) return;
    const now = this.clock.now().toISOString();
    await this.doc.update((file) => {
      const existing = findOwner(file.contacts, customer);
      const merged: Contact = existing
        ? {
            ...existing,
            name: customer.name || existing.name,
            phone: customer.phone ?? existing.phone,
            email: customer.email ?? existing.email,
            oduyoCustomerId: customer.oduyoCustomerId ?? existing.oduyoCustomerId,
            lastChannel: channel ?? existing.lastChannel,
            lastUsedAt: now,
            changedAt: now,
            useCount: existing.useCount + 1,
          }
        : { id: newContactId(), ...pickCustomer(customer), lastUsedAt: now, changedAt: now, useCount: 1, ...(channel ? { lastChannel: channel } : {}) };
      const rest = file.contacts.filter((c) => c !== existing);
      return { contacts: [withoutEmpty(merged), ...rest].slice(0, MAX_CONTACTS) };
    });
    this.changed(customer);
  }

  /** Customers used or edited here (the shop sync shares them by `contactKey`; removals stay on this computer). */
  onChange(listener: (keys: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every customer's shop-wide key (of those changed at or after `since`, when given). */
  keys(since?: string): string[] {
    return this.doc.value.contacts.flatMap((c) => (since && (c.changedAt ?? c.lastUsedAt) < since ? [] : (contactKey(c) ?? [])));
  }

  byKey(key: string): Contact | undefined {
    return this.doc.value.contacts.find((c) => contactKey(c) === key);
  }

  /**
   * Stores the shop's copy of a customer (already merged with the local one by the shop sync):
   * it replaces the local contact it belongs to, keeping this computer's id, or is added.
   */
  async putShared(contact: Contact): Promise<void> {
    await this.doc.update((file) => {
      const local = findOwner(file.contacts, contact);
      if (!local) return { contacts: [withoutEmpty(contact), ...file.contacts].slice(0, MAX_CONTACTS) };
      return { contacts: file.contacts.map((c) => (c === local ? withoutEmpty({ ...contact, id: local.id }) : c)) };
    });
  }

  private changed(customer: Pick<Contact, 'phone' | 'email' | 'oduyoCustomerId'>): void {
    const key = contactKey(customer);
    if (key) for (const listener of this.listeners) listener([key]);
  }

  /** Most recently used first; `text` matches name, e-mail (Turkish case folding) or phone digits. */
  list(text: string | undefined, limit: number): Contact[] {
    const query = searchQuery(text);
    const all = this.doc.value.contacts;
    if (!query) return all.slice(0, limit);
    const found: Contact[] = [];
    for (const contact of all) {
      if (contactMatches(contact, query)) found.push(contact);
      if (found.length >= limit) break;
    }
    return found;
  }

  get(id: string): Contact | undefined {
    return this.doc.value.contacts.find((c) => c.id === id);
  }

  /**
   * Replaces the contact's details with the edited ones (the Settings form sends them all; a field
   * left out is cleared). A contact keeps at least one way to reach it, and no two contacts share a
   * phone number or e-mail address.
   */
  async update(id: string, patch: ContactPatch): Promise<Contact> {
    if (!patch.phone && !patch.email && !patch.oduyoCustomerId) {
      throw AppFailure.of('invalid-input', 'A contact needs a phone number, an e-mail address or an Ödüyo account id', {
        field: 'phone',
        userText: userText('answer.contacts.needsAWay'),
      });
    }
    const next = await this.doc.update((file) => {
      const current = file.contacts.find((c) => c.id === id);
      if (!current) throw AppFailure.of('not-found', 'No such contact');
      const others = file.contacts.filter((c) => c.id !== id);
      if (patch.phone && others.some((c) => c.phone === patch.phone)) throw duplicate('phone');
      if (patch.email && others.some((c) => sameEmail(c.email, patch.email))) throw duplicate('email');
      const edited: Contact = withoutEmpty({
        id,
        ...pickCustomer(patch),
        lastUsedAt: current.lastUsedAt,
        changedAt: this.clock.now().toISOString(),
        useCount: current.useCount,
        ...(current.lastChannel ? { lastChannel: current.lastChannel } : {}),
      });
      return { contacts: file.contacts.map((c) => (c.id === id ? edited : c)) };
    });
    const edited = next.contacts.find((c) => c.id === id)!;
    this.changed(edited);
    return edited;
  }

  async remove(id: string): Promise<void> {
    await this.doc.update((file) => {
      if (!file.contacts.some((c) => c.id === id)) throw AppFailure.of('not-found', 'No such contact');
      return { contacts: file.contacts.filter((c) => c.id !== id) };
    });
  }
}

/** The contact a customer belongs to: same phone; else same e-mail or Ödüyo id without another phone. */
function findOwner(contacts: readonly Contact[], customer: Customer): Contact | undefined {
  if (customer.phone) {
    const byPhone = contacts.find((c) => c.phone === customer.phone);
    if (byPhone) return byPhone;
  }
  const compatible = (c: Contact) => !c.phone || !customer.phone;
  if (customer.email) {
    const byEmail = contacts.find((c) => sameEmail(c.email, customer.email) && compatible(c));
    if (byEmail) return byEmail;
  }
  if (customer.oduyoCustomerId) {
    return contacts.find((c) => c.oduyoCustomerId === customer.oduyoCustomerId && compatible(c));
  }
  return undefined;
}

function pickCustomer(c: Customer): Pick<Contact, 'name' | 'phone' | 'email' | 'oduyoCustomerId'> {
  return { name: c.name, phone: c.phone, email: c.email, oduyoCustomerId: c.oduyoCustomerId };
}

/** Undefined and blank fields are left out, so the file holds only what is known. */
function withoutEmpty(contact: Contact): Contact {
  return Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined && v !== '')) as Contact;
}

function duplicate(field: 'phone' | 'email'): AppFailure {
  const what = field === 'phone' ? 'phone number' : 'e-mail address';
  return AppFailure.of('conflict', `Another contact has this ${what}`, {
    field,
    userText: userText(field === 'phone' ? 'answer.contacts.phoneTaken' : 'answer.contacts.emailTaken'),
  });
}
