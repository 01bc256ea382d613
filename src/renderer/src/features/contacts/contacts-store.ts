import { create } from 'zustand';
import type { Contact, ContactPatch } from '@shared/domain/contact';
import type { AppError, Result } from '@shared/result';
import { invoke } from '../../lib/ipc';

/** How many saved customers the Settings list shows at once; the search narrows it down. */
export const CONTACTS_PAGE = 200;

interface ContactsState {
  text: string;
  contacts: Contact[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: AppError | undefined;
  load(text?: string): Promise<void>;
  update(id: string, patch: ContactPatch): Promise<Result<Contact>>;
  remove(id: string): Promise<Result<{ done: true }>>;
}

export const useContactsStore = create<ContactsState>()((set, get) => ({
  text: '',
  contacts: [],
  status: 'idle',
  loadError: undefined,
  async load(text = get().text) {
    set({ text, ...(get().status === 'idle' ? { status: 'loading' as const } : {}) });
    const result = await invoke('contacts:list', { text: text.trim() || undefined, limit: CONTACTS_PAGE });
    if (get().text !== text) return; // a newer search is on its way
    if (result.ok) set({ contacts: result.value, status: 'ready', loadError: undefined });
    else set({ status: 'error', loadError: result.error });
  },
  async update(id, patch) {
    const result = await invoke('contacts:update', { id, patch });
    if (result.ok) set((s) => ({ contacts: s.contacts.map((c) => (c.id === id ? result.value : c)) }));
    return result;
  },
  async remove(id) {
    const result = await invoke('contacts:remove', { id });
    if (result.ok) set((s) => ({ contacts: s.contacts.filter((c) => c.id !== id) }));
    return result;
  },
}));
