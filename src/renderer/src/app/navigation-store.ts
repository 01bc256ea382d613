import { create } from 'zustand';

export const pages = ['new-link', 'history', 'day-end', 'drafts', 'outbox', 'settings'] as const;
export type Page = (typeof pages)[number];

interface NavigationState {
  page: Page;
  /** Bumped on every navigation so the page heading takes focus even when re-selected. */
  visit: number;
  /** A section of the page to bring into view and focus on this visit (e.g. Settings → "Birden çok kasa"). */
  section: string | undefined;
  go(page: Page, section?: string): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  page: 'new-link',
  visit: 0,
  section: undefined,
  go(page, section) {
    set((s) => ({ page, section, visit: s.visit + 1 }));
  },
}));
