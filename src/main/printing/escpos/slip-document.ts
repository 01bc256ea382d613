/**
 * A slip as a list of blocks, independent of any printer: the link slip, the test slip (and a
 * day-end slip later) are built as one of these and encoded by slip-encoder.ts. All text here is
 * plain text; the encoder cleans and lays it out, so no block can carry a printer command.
 */
export type SlipBlock =
  | { kind: 'text'; text: string; align?: 'left' | 'center' | 'right'; bold?: boolean; size?: 'normal' | 'large' }
  /** A label on the left, its value on the right (reference, date …). */
  | { kind: 'labelled'; label: string; value: string }
  /** A dashed line across the paper. */
  | { kind: 'rule' }
  /** A QR code of this text (a link), centred. */
  | { kind: 'qr'; data: string }
  | { kind: 'feed'; lines: number };

export interface SlipDocument {
  blocks: SlipBlock[];
}
