import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/domain/settings';

/** The application menu as plain data (Electron's MenuItemConstructorOptions shape), per language. */
export interface MenuItemSpec {
  label?: string;
  role?: 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'reload' | 'togglefullscreen' | 'minimize' | 'close' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'about';
  type?: 'separator';
  accelerator?: string;
  /** A renderer command sent as the `app:command` event. */
  command?: 'new-link' | 'history' | 'day-end' | 'drafts' | 'outbox' | 'settings';
  submenu?: MenuItemSpec[];
}


/** The menu's words live in the catalog as `menu.<name>`. */
type MenuLabel = 'file' | 'newLink' | 'history' | 'dayEnd' | 'drafts' | 'outbox' | 'settings' | 'quit' | 'edit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'view' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'fullscreen' | 'window' | 'minimize' | 'close' | 'help' | 'about';

export function menuTemplate(language: Language): MenuItemSpec[] {
  const say = (key: MenuLabel) => translate(language, `menu.${key}`);
  return [
    {
      label: say('file'),
      submenu: [
        { label: say('newLink'), accelerator: 'CmdOrCtrl+N', command: 'new-link' },
        { label: say('history'), accelerator: 'CmdOrCtrl+H', command: 'history' },
        { label: say('dayEnd'), accelerator: 'CmdOrCtrl+G', command: 'day-end' },
        { label: say('drafts'), command: 'drafts' },
        { label: say('outbox'), accelerator: 'CmdOrCtrl+O', command: 'outbox' },
        { label: say('settings'), accelerator: 'CmdOrCtrl+,', command: 'settings' },
        { type: 'separator' },
        { label: say('quit'), role: 'quit' },
      ],
    },
    {
      label: say('edit'),
      submenu: [
        { label: say('undo'), role: 'undo' },
        { label: say('redo'), role: 'redo' },
        { type: 'separator' },
        { label: say('cut'), role: 'cut' },
        { label: say('copy'), role: 'copy' },
        { label: say('paste'), role: 'paste' },
        { label: say('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: say('view'),
      submenu: [
        { label: say('zoomIn'), role: 'zoomIn' },
        { label: say('zoomOut'), role: 'zoomOut' },
        { label: say('resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: say('fullscreen'), role: 'togglefullscreen' },
      ],
    },
    { label: say('window'), submenu: [{ label: say('minimize'), role: 'minimize' }, { label: say('close'), role: 'close' }] },
    { label: say('help'), submenu: [{ label: say('about'), role: 'about' }] },
  ];
}
