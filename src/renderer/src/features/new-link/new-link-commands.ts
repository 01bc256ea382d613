import { useNavigation } from '../../app/navigation-store';
import { useNewLinkStore } from './new-link-store';

/**
 * Ctrl+N / Cmd+N and the menu's "New link": go to the form and put the cursor in the amount.
 * A finished link's result gives way to a fresh form; a draft being typed is kept.
 */
export function openNewLink(): void {
  const store = useNewLinkStore.getState();
  useNavigation.getState().go('new-link');
  if (store.phase.kind === 'done') store.startNew();
  else useNewLinkStore.setState({ focusRequested: true });
}

/** The platform's new-link chord: Ctrl+N, or Cmd+N on macOS (no Shift/Alt, which mean other things). */
export function isNewLinkShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n';
}
