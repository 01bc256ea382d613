import { isNewLinkShortcut, openNewLink } from '../features/new-link/new-link-commands';
import { on } from '../lib/ipc';
import { useNavigation } from './navigation-store';

/**
 * Menu commands from main (`app:command`, with their accelerators) and the new-link shortcut in
 * the page itself (the browser preview and e2e have no menu; in Electron the menu's accelerator
 * takes Ctrl+N first, so the two never both fire). Returns the unsubscribe.
 */
export function startAppCommands(): () => void {
  const off = on('app:command', ({ command }) => {
    if (command === 'new-link') openNewLink();
    else useNavigation.getState().go(command);
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !isNewLinkShortcut(event)) return;
    // An open modal keeps the keyboard (and a browser's "new window" never opens over the app).
    event.preventDefault();
    if (document.querySelector('dialog[open]')) return;
    openNewLink();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => {
    off();
    window.removeEventListener('keydown', onKeyDown);
  };
}
