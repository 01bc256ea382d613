import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Wider dialogs for forms. */
  size?: 'small' | 'large';
  /** Role `alertdialog` for confirmations. */
  alert?: boolean;
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the rest inert and turns Esc
 * into `cancel`, which we route to `onClose` so React state stays the single source of truth.
 */
export function Dialog({ title, onClose, children, size = 'small', alert = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // Set while we close the element ourselves (unmount), so its `close` event is not reported back.
  const closingItself = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) {
        closingItself.current = true;
        dialog.close();
      }
      // Give focus back to what opened the dialog, if it is still on screen.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        // The browser may close a modal on its own (e.g. a repeated Esc); keep React state in step.
        if (closingItself.current) closingItself.current = false;
        else onCloseRef.current();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
