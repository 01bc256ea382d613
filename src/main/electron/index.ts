import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, dialog, net, Notification, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language } from '@shared/domain/settings';
import type { OriginChangeFacts } from '../accounts/origin-change';
import { specificWords } from '@shared/i18n/error-text';
import { AppFailure } from '@shared/result';
import { MAX_BACKUP_CHARS } from '../backup/backup-file';
import { systemClock } from '../clock';
import { createCore, type Core } from '../core';
import { crashText, ErrorDialogGate, RendererRecovery } from './crash-policy';
import { createKeytarVault } from '../credentials/keytar-vault';
import { registerIpc } from './ipc';
import { launchOptions } from './launch-options';
import { createElectronPrinter } from './print';
import { ownPageCheck } from './renderer-origin';
import { hardenAllContents, hardenSession } from './security';
import { createMainWindow, registerAppScheme, reloadRenderer, serveRenderer, superviseRenderer } from './window';

// Electron lifecycle and wiring only; everything else lives in the core.
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
const recovery = new RendererRecovery(systemClock);
const errorDialogs = new ErrorDialogGate(systemClock);

// Registered first, so even an error during start-up is logged and explained, never a stack trace.
process.on('uncaughtException', (error) => reportMainError('main.uncaught-exception', error));
process.on('unhandledRejection', (reason) => reportMainError('main.unhandled-rejection', reason));

// Dev server and data folder from the environment, in development only (see launch-options.ts).
const launch = launchOptions({ isPackaged: app.isPackaged, env: process.env, defaultDataDir: app.getPath('userData') });
const isOwnPage = ownPageCheck(launch.rendererUrl);
// Must be set before anything reads userData; the scheme before the app is ready.
app.setPath('userData', launch.dataDir);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenAllContents(isOwnPage);
  app.whenReady().then(start).catch(fatal);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    const stopping = core;
    core = undefined;
    // The core's stop also closes İşbank's client-certificate connections.
    void stopping.stop().finally(() => app.quit());
  });
}

async function start(): Promise<void> {
  hardenSession(isOwnPage, { devServer: launch.devServer });
  serveRenderer();
  core = await createCore({
    dataDir: app.getPath('userData'),
    vault: createKeytarVault(),
    openExternal: (url) => shell.openExternal(url),
    saveFile: saveWithDialog,
    // The outbox drains only while the OS says online, and tells the user when queued links went out.
    isOnline: () => net.isOnline(),
    notify: ({ title, body }) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    openFile: openWithDialog,
    confirmOriginChange: ({ text }) => confirmInDialog(text),
    confirmShopServer: confirmInDialog,
    openAtLogin: () => app.setLoginItemSettings({ openAtLogin: true }),
    // A restored backup is applied while nothing is open: at the next start.
    restart: () => {
      app.relaunch();
      app.quit();
    },
    // The main window prints its own page; the customer display opens beside it.
    printer: createElectronPrinter(() => mainWindow, () => launch.rendererUrl),
    appVersion: app.getVersion(),
  });
  mainWindow = createMainWindow(core.settings, core.events, launch.rendererUrl);
  mainWindow.on('closed', () => (mainWindow = undefined));
  superviseRenderer(mainWindow, {
    pageUrl: launch.rendererUrl,
    recovery,
    log: (event, detail) => core?.logger.log('warn', event, detail),
    giveUp: rendererGaveUp,
  });
  registerIpc(core, () => mainWindow, isOwnPage);
}

/** Exports (CSV, PDF …): the user picks where in a save dialog (Documents first); cancelling saves nothing. */
async function saveWithDialog(suggestedName: string, content: string | Uint8Array): Promise<{ saved: boolean; fileName?: string }> {
  const extension = extname(suggestedName).slice(1);
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
  };
  const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, content);
  return { saved: true, fileName: choice.filePath };
}

/** Restoring a backup: the user picks the file; one too large to be a backup is refused unread. */
async function openWithDialog(extensions: readonly string[]): Promise<{ opened: false } | { opened: true; fileName: string; content: string }> {
  const options: OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    properties: ['openFile'],
    filters: [{ name: 'PayDesk', extensions: [...extensions] }],
  };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return { opened: false };
  if ((await stat(path)).size > MAX_BACKUP_CHARS) return { opened: true, fileName: path, content: '' };
  return { opened: true, fileName: path, content: await readFile(path, 'utf8') };
}

/**
 * An account's new address, or a shop server to share data with, confirmed in main's own dialog:
 * the window can neither answer nor skip it. Buttons are [cancel, confirm].
 */
async function confirmInDialog(text: OriginChangeFacts['text']): Promise<boolean> {
  const options = { type: 'warning' as const, ...text, defaultId: 0, cancelId: 0, noLink: true };
  const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return response === 1;
}

function fatal(error: unknown): void {
  core?.logger.log('error', 'app.start-failed', error);
  // A refusal with words for the user (another PayDesk has the data folder, the disk is full) says them in both languages.
  const said = error instanceof AppFailure ? specificWords(error.error) : undefined;
  dialog.showErrorBox('PayDesk', said ? `${said.tr}\n\n${said.en}` : 'PayDesk could not start. / PayDesk başlatılamadı.');
  app.exit(1);
}

function language(): Language | undefined {
  try {
    return core?.settings.get().language;
  } catch {
    return undefined;
  }
}

function reportMainError(event: string, error: unknown): void {
  if (core) core.logger.log('error', event, error);
  else console.error(event, error);
  if (!errorDialogs.tryOpen()) return;
  const text = crashText(language(), 'mainError');
  if (!app.isReady()) {
    dialog.showErrorBox(text.title, `${text.message}\n\n${text.detail}`);
    errorDialogs.closed();
    return;
  }
  void dialog
    .showMessageBox({ type: 'error', ...text, defaultId: 0, cancelId: 0, noLink: true })
    .then(({ response }) => {
      if (response !== 1) return;
      app.relaunch();
      app.quit();
    })
    .finally(() => errorDialogs.closed());
}

/** The window kept crashing or hanging: let the user choose instead of reloading forever. */
function rendererGaveUp(): void {
  const text = crashText(language(), 'rendererGaveUp');
  void dialog.showMessageBox({ type: 'warning', ...text, defaultId: 0, cancelId: 1, noLink: true }).then(({ response }) => {
    if (response === 0 && mainWindow) {
      recovery.reset();
      reloadRenderer(mainWindow, launch.rendererUrl);
    } else {
      app.quit();
    }
  });
}
