import type { Language } from '@shared/domain/settings';

/** The application menu as plain data (Electron's MenuItemConstructorOptions shape), per language. */
export interface MenuItemSpec {
  label?: string;
  role?: 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'reload' | 'togglefullscreen' | 'minimize' | 'close' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'about';
  type?: 'separator';
  accelerator?: string;
  /** A renderer command sent as the `app:command` event. */
  command?: 'new-link' | 'history' | 'day-end' | 'outbox' | 'settings';
  submenu?: MenuItemSpec[];
}

const labels = {
  tr: { file: 'Dosya', newLink: 'Yeni link', history: 'Geçmiş', dayEnd: 'Gün sonu', outbox: 'Giden kutusu', settings: 'Ayarlar', quit: 'Çıkış', edit: 'Düzen', undo: 'Geri al', redo: 'Yinele', cut: 'Kes', copy: 'Kopyala', paste: 'Yapıştır', selectAll: 'Tümünü seç', view: 'Görünüm', zoomIn: 'Büyüt', zoomOut: 'Küçült', resetZoom: 'Gerçek boyut', fullscreen: 'Tam ekran', window: 'Pencere', minimize: 'Simge durumuna küçült', close: 'Kapat', help: 'Yardım', about: 'PayDesk hakkında' },
  en: { file: 'File', newLink: 'New link', history: 'History', dayEnd: 'Day end', outbox: 'Outbox', settings: 'Settings', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all', view: 'View', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size', fullscreen: 'Full screen', window: 'Window', minimize: 'Minimise', close: 'Close', help: 'Help', about: 'About PayDesk' },
} as const;

export function menuTemplate(language: Language): MenuItemSpec[] {
  const l = labels[language];
  return [
    {
      label: l.file,
      submenu: [
        { label: l.newLink, accelerator: 'CmdOrCtrl+N', command: 'new-link' },
        { label: l.history, accelerator: 'CmdOrCtrl+H', command: 'history' },
        { label: l.dayEnd, accelerator: 'CmdOrCtrl+G', command: 'day-end' },
        { label: l.outbox, accelerator: 'CmdOrCtrl+O', command: 'outbox' },
        { label: l.settings, accelerator: 'CmdOrCtrl+,', command: 'settings' },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: l.fullscreen, role: 'togglefullscreen' },
      ],
    },
    { label: l.window, submenu: [{ label: l.minimize, role: 'minimize' }, { label: l.close, role: 'close' }] },
    { label: l.help, submenu: [{ label: l.about, role: 'about' }] },
  ];
}
