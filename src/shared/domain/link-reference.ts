/**
 * The app's own reference for a new link: `PD` + 20 characters of RFC 4648 base32 (A–Z, 2–7),
 * 100 bits from the platform's CSPRNG. The form makes one per draft and keeps it, so submitting
 * the same draft again (after a network error, a double Enter) can never create a second link.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const LINK_REFERENCE_LENGTH = 22;

type FillRandom = (bytes: Uint8Array<ArrayBuffer>) => void;
const cryptoFill: FillRandom = (bytes) => void globalThis.crypto.getRandomValues(bytes);

export function newLinkReference(fillRandom: FillRandom = cryptoFill): string {
  const bytes = new Uint8Array(20);
  fillRandom(bytes);
  // 256 is a multiple of 32, so `byte % 32` keeps every character equally likely.
  return `PD${Array.from(bytes, (b) => ALPHABET[b % 32]).join('')}`;
}
