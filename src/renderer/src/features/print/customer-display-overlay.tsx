import { useEffect, useRef } from 'react';
import type { CustomerDisplayView } from '@shared/print/customer-display';
import { CustomerDisplay } from './customer-display';

/**
 * The customer display inside the shop's window (no second screen): a modal covering the whole
 * window, which main has put in full screen. Esc closes it and main leaves full screen.
 */
export function CustomerDisplayOverlay({ view, onClose }: { view: CustomerDisplayView; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const closingItself = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) {
        closingItself.current = true;
        dialog.close();
      }
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="customer-display"
      aria-label={view.shopName || 'PayDesk'}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        if (closingItself.current) closingItself.current = false;
        else onCloseRef.current();
      }}
    >
      <CustomerDisplay view={view} />
    </dialog>
  );
}
