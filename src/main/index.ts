import { app, dialog, shell, type BrowserWindow } from 'electron';
import { createCore, type Core } from './core';
import { createKeytarVault } from './credentials/keytar-vault';
import { registerIpc } from './ipc';
import { isbankAdapter } from './providers/adapters';
import { hardenAllContents, hardenSession } from './security';
import { createMainWindow, isOwnPage } from './window';

// Electron lifecycle and wiring only; everything else lives in the core.
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

// A separate data folder (portable use, smoke tests): must be set before anything reads userData.
if (process.env.PAYDESK_DATA_DIR) app.setPath('userData', process.env.PAYDESK_DATA_DIR);

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
    // İşbank keeps client-certificate connections open; close them with the core.
    void Promise.allSettled([stopping.stop(), isbankAdapter.close()]).finally(() => app.quit());
  });
}

async function start(): Promise<void> {
  hardenSession();
  core = await createCore({
    dataDir: app.getPath('userData'),
    vault: createKeytarVault(),
    openExternal: (url) => shell.openExternal(url),
    appVersion: app.getVersion(),
  });
  mainWindow = createMainWindow(core.settings, core.events);
  mainWindow.on('closed', () => (mainWindow = undefined));
  registerIpc(core, () => mainWindow, isOwnPage);
}

function fatal(error: unknown): void {
  core?.logger.log('error', 'app.start-failed', error);
  dialog.showErrorBox('PayDesk', 'PayDesk could not start. / PayDesk başlatılamadı.');
  app.exit(1);
}
