import { create } from 'zustand';

export const pages = ['new-link', 'history', 'day-end', 'drafts', 'outbox', 'settings'] as const;
export type Page = (typeof pages)[number];

interface NavigationState {
  page: Page;
  /** Bumped on every navigation so the page heading takes focus even when re-selected. */
  visit: number;
  go(page: Page): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  page: 'new-link',
  visit: 0,
  go(page) {
    set((s) => ({ page, visit: s.visit + 1 }));
  },
}));
