import { join } from 'node:path';
import { BrowserWindow, Menu, protocol, screen, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/domain/settings';
import { answerRendererRequest } from './app-protocol-files';
import type { RendererRecovery } from './crash-policy';
import type { EventHub } from '../event-hub';
import { menuTemplate, type MenuItemSpec } from './menu-template';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './renderer-origin';
import type { SettingsStore, WindowState } from '../store/settings-store';

const DEFAULT_STATE: WindowState = { width: 1200, height: 800, maximized: false };

/** Declares app:// standard and secure; Electron accepts this only before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Serves the built renderer (out/renderer) on app://paydesk; what is served is decided in app-protocol-files.ts. */
export function serveRenderer(): void {
  const rendererDir = join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerRendererRequest(rendererDir, request);
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  });
}

export function createMainWindow(settings: SettingsStore, events: EventHub, pageUrl: string): BrowserWindow {
  const state = visibleState(settings.windowState() ?? DEFAULT_STATE);
  const window = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'PayDesk',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void settings.saveWindowState({ ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
  });
  setMenu(settings.get().language, events, () => window);
  events.on('settings:changed', (next) => setMenu(next.language, events, () => window));
  void window.loadURL(pageUrl);
  return window;
}

export interface RendererSupervision {
  /** The page a crashed renderer is reloaded with. */
  pageUrl: string;
  recovery: RendererRecovery;
  log(event: string, detail?: unknown): void;
  /** Reloads were exhausted: ask the user (reload again or quit). */
  giveUp(): void;
}

/**
 * A crashed renderer is reloaded; a hung one is given a grace period, then killed and reloaded.
 * The decisions (and their limits) come from crash-policy.ts.
 */
export function superviseRenderer(window: BrowserWindow, s: RendererSupervision): void {
  const contents = window.webContents;
  let hangTimer: NodeJS.Timeout | undefined;
  const stopWaiting = () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = undefined;
  };
  contents.on('render-process-gone', (_event, details) => {
    stopWaiting();
    const decision = s.recovery.onGone(details.reason);
    s.log('renderer.gone', { reason: details.reason, exitCode: details.exitCode, decision });
    if (window.isDestroyed()) return;
    if (decision === 'reload') void window.loadURL(s.pageUrl);
    else if (decision === 'give-up') s.giveUp();
  });
  window.on('unresponsive', () => {
    s.log('renderer.unresponsive');
    stopWaiting();
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      if (window.isDestroyed() || s.recovery.onHung() !== 'kill') return;
      s.log('renderer.killed-hung');
      contents.forcefullyCrashRenderer(); // reported as gone ('killed'), which reloads or gives up
    }, s.recovery.limits.hangGraceMs);
  });
  window.on('responsive', stopWaiting);
  window.on('closed', stopWaiting);
}

/** Reloads the window's own page (after the user chose "Reload"). */
export function reloadRenderer(window: BrowserWindow, pageUrl: string): void {
  if (!window.isDestroyed()) void window.loadURL(pageUrl);
}

/** Falls back to the default size when the remembered position is on a screen that is gone. */
function visibleState(state: WindowState): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) => {
    return state.x! >= a.x - 50 && state.y! >= a.y - 50 && state.x! < a.x + a.width - 100 && state.y! < a.y + a.height - 100;
  });
  return onScreen ? state : { ...DEFAULT_STATE, maximized: state.maximized };
}

function setMenu(language: Language, events: EventHub, getWindow: () => BrowserWindow): void {
  const toElectron = (item: MenuItemSpec): MenuItemConstructorOptions => ({
    label: item.label,
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    submenu: item.submenu?.map(toElectron),
    click: item.command
      ? () => {
          if (!getWindow().isDestroyed()) events.emit('app:command', { command: item.command! });
        }
      : undefined,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language).map(toElectron)));
}
