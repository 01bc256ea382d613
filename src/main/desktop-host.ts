import type { ConfirmOriginChange } from './accounts/origin-change';
import type { SlipPrinter } from './printing/printer';
import type { ConfirmShopServer } from './shop/shop-confirm';

/** Asks where to save a file (a save dialog in the app) and writes it there. */
export type SaveFile = (suggestedName: string, content: string | Uint8Array) => Promise<{ saved: boolean; fileName?: string }>;

/** Asks for a file to open (an open dialog in the app), e.g. a backup or a products CSV. */
export type OpenFile = (extensions: readonly string[]) => Promise<{ opened: false } | { opened: true; fileName: string; content: string }>;

/** A desktop notification (Electron `Notification` in the app). */
export type Notify = (notification: { title: string; body: string }) => void;

/**
 * What the desktop gives the core: Electron in the app (src/main/electron/), stand-ins in tests,
 * nothing in the browser preview. Every part is optional in CoreDeps: where one is absent the
 * feature says it is not available here (or, for the two below with an obvious meaning, uses
 * `desktopDefaults`).
 */
export interface DesktopHost {
  /** Hands an allow-listed URL to the OS (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
  saveFile: SaveFile;
  openFile: OpenFile;
  notify: Notify;
  /** The OS online state (net.isOnline()). */
  isOnline: () => boolean;
  /** Restarts the app (after a restore is staged); absent = the restore is applied on the next start. */
  restart: () => void;
  /** Printers, PDF and the customer display (webContents and screens). */
  printer: SlipPrinter;
  /** Main's own confirmation (a native dialog) before an account's address changes; absent = refused. */
  confirmOriginChange: ConfirmOriginChange;
  /** Main's own confirmation before this counter shares the shop's data with a server; absent = refused. */
  confirmShopServer: ConfirmShopServer;
  /** PayDesk opens when the user logs in (the shop server PC: its server is back after a restart of the PC). */
  openAtLogin: () => void;
}

/** Without a desktop: links open nowhere (the preview has no OS to hand them to), and the machine counts as online. */
export const desktopDefaults: Pick<DesktopHost, 'openExternal' | 'isOnline'> = {
  openExternal: async () => undefined,
  isOnline: () => true,
};
