import { CustomerDisplayButton, PrintSlipButton } from '../print';

/** The detail panel's printing actions: the slip preview (Ctrl+P) and the customer display. */
export function PrintSlot({ reference }: { reference: string }) {
  return (
    <>
      <PrintSlipButton reference={reference} />
      <CustomerDisplayButton reference={reference} />
    </>
  );
}
