import { create } from 'zustand';

/** Which account dialog is open; other pages can ask Settings to open "add account". */
export type AccountDialog = { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'remove'; id: string } | null;

interface AccountDialogState {
  dialog: AccountDialog;
  open(dialog: Exclude<AccountDialog, null>): void;
  close(): void;
}

export const useAccountDialog = create<AccountDialogState>()((set) => ({
  dialog: null,
  open(dialog) {
    set({ dialog });
  },
  close() {
    set({ dialog: null });
  },
}));
