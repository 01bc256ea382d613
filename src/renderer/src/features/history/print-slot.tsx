/**
 * Where the detail panel's "Print slip" button goes. Printing is its own feature
 * (features/print); until it is in the tree this slot renders nothing, so no dead button shows.
 */
export function PrintSlot(_props: { reference: string }) {
  return null;
}
