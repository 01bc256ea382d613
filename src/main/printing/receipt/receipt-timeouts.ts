/** How long a receipt printer may take before the shop owner is told (tests shorten these). */
export interface ReceiptTimeouts {
  /** Until the connection is made or the serial port is open. */
  connectMs: number;
  /** Until the whole job is handed to the OS (serial jobs get the time their bytes need at the baud rate on top). */
  writeMs: number;
}

export const defaultReceiptTimeouts: ReceiptTimeouts = { connectMs: 3000, writeMs: 6000 };
